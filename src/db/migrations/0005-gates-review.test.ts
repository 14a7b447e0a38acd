import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildDemoProduct } from '../../domain/demo';
import { defaultProductSettings, productSchema, requirementSchema, stageSchema } from '../../domain/types';
import { demoTables, tablesAtVersion } from '../../domain/upgrades/testing';
import { writeOldDatabase } from '../testing/oldDatabase';
import { testEnv } from '../testing/testDb';
import { CairnDatabase, SCHEMA_VERSION } from '../database';
import { applyVersion1 } from './0001-initial';
import { applyVersion2 } from './0002-roadmap';
import { applyVersion3 } from './0003-import';
import { applyVersion4 } from './0004-workspace';

describe('upgrade to version 5 (gates, people, review loop)', () => {
  it('opens a version-4 database, keeps the product settings chosen and fills the new fields', async () => {
    const demo = buildDemoProduct('en', testEnv(), '2026-05-14');
    const old = tablesAtVersion(demoTables(demo), 4);
    const product = old.products?.[0] as { settings: Record<string, unknown> };
    product.settings = { ...product.settings, cardScore: 'wsjf', parallelIterations: true };
    const name = await writeOldDatabase([applyVersion1, applyVersion2, applyVersion3, applyVersion4], old);

    const db = new CairnDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const [stored] = await db.products.toArray();
    expect(stored?.settings).toEqual({ ...defaultProductSettings(), cardScore: 'wsjf', parallelIterations: true });
    expect(productSchema.safeParse(stored).success).toBe(true);

    const stages = await db.stages.toArray();
    expect(stages).toHaveLength(demo.stages.length);
    for (const stage of stages) {
      expect(stage.gate).toEqual({ mode: 'off', items: [] });
      expect(stageSchema.safeParse(stage).success).toBe(true);
    }

    const requirements = await db.requirements.toArray();
    expect(requirements.map((r) => r.id).sort()).toEqual(demo.requirements.map((r) => r.id).sort());
    for (const row of requirements) {
      expect(row).toMatchObject({
        gateTicks: [],
        contributors: [],
        followUpOf: null,
        reviewDate: null,
        verdict: null,
        reviewedAt: null,
        learnings: '',
      });
      expect(requirementSchema.safeParse(row).success).toBe(true);
    }
    expect(await db.events.count()).toBe(demo.events.length);
    db.close();
  });
});
