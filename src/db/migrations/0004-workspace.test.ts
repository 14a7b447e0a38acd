import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildDemoProduct } from '../../domain/demo';
import { emptyScores } from '../../domain/scoring/types';
import { defaultProductSettings, productSchema, requirementSchema, stageSchema } from '../../domain/types';
import { demoTables, tablesAtVersion } from '../../domain/upgrades/testing';
import { writeOldDatabase } from '../testing/oldDatabase';
import { testEnv } from '../testing/testDb';
import { CairnDatabase, SCHEMA_VERSION } from '../database';
import { applyVersion1 } from './0001-initial';
import { applyVersion2 } from './0002-roadmap';
import { applyVersion3 } from './0003-import';

describe('upgrade to version 4 (workspace, iterations)', () => {
  it('opens a version-3 database and gives every row the new fields', async () => {
    const demo = buildDemoProduct('zh-CN', testEnv(), '2026-05-14');
    const name = await writeOldDatabase(
      [applyVersion1, applyVersion2, applyVersion3],
      tablesAtVersion(demoTables(demo), 3),
    );

    const db = new CairnDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const products = await db.products.toArray();
    expect(products).toHaveLength(1);
    expect(products[0]!.settings).toEqual(defaultProductSettings());
    expect(productSchema.safeParse(products[0]).success).toBe(true);

    const stages = await db.stages.toArray();
    expect(stages).toHaveLength(demo.stages.length);
    expect(
      stages
        .filter((s) => s.done)
        .map((s) => s.key)
        .sort(),
    ).toEqual(['released', 'review']);
    for (const stage of stages) expect(stageSchema.safeParse(stage).success).toBe(true);

    const requirements = await db.requirements.toArray();
    expect(requirements).toHaveLength(demo.requirements.length);
    for (const row of requirements) {
      expect(row).toMatchObject({ source: null, successMetric: null, scores: emptyScores(), iterationId: null });
      expect(requirementSchema.safeParse(row).success).toBe(true);
    }
    expect(await db.events.count()).toBe(demo.events.length);
    expect(await db.initiatives.count()).toBe(demo.initiatives.length);
    expect(await db.iterations.count()).toBe(0);
    db.close();
  });

  it('opens a version-1 database full of data and finds every row', async () => {
    const demo = buildDemoProduct('en', testEnv(), '2026-05-14');
    const name = await writeOldDatabase([applyVersion1], tablesAtVersion(demoTables(demo), 1));

    const db = new CairnDatabase(name);
    await db.open();
    const requirements = await db.requirements.toArray();
    expect(requirements.map((r) => r.id).sort()).toEqual(demo.requirements.map((r) => r.id).sort());
    for (const row of requirements) expect(requirementSchema.safeParse(row).success).toBe(true);
    // Titles and stages are what the old version stored.
    const byId = new Map(demo.requirements.map((r) => [r.id, r]));
    for (const row of requirements)
      expect({ title: row.title, stageId: row.stageId }).toEqual({
        title: byId.get(row.id)!.title,
        stageId: byId.get(row.id)!.stageId,
      });
    expect(await db.members.count()).toBe(demo.members.length);
    expect(await db.events.count()).toBe(demo.events.length);
    db.close();
  });
});
