import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildDemoProduct } from '../../domain/demo';
import { requirementSchema } from '../../domain/types';
import { demoTables, tablesAtVersion } from '../../domain/upgrades/testing';
import { writeOldDatabase } from '../testing/oldDatabase';
import { testEnv } from '../testing/testDb';
import { CairnDatabase, SCHEMA_VERSION } from '../database';
import { applyVersion1 } from './0001-initial';
import { applyVersion2 } from './0002-roadmap';

describe('upgrade from version 2 to 3 (import fields)', () => {
  it('keeps every row and defaults notes, links, startDate, estimate and dueDone', async () => {
    const demo = buildDemoProduct('en', testEnv(), '2026-05-14');
    // Rows as version 2 wrote them: requirements without the import fields.
    const name = await writeOldDatabase([applyVersion1, applyVersion2], tablesAtVersion(demoTables(demo), 2));

    const db = new CairnDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const rows = await db.requirements.toArray();
    expect(rows).toHaveLength(demo.requirements.length);
    for (const row of rows) {
      expect(row).toMatchObject({ notes: [], links: [], startDate: null, estimate: null, dueDone: false });
      expect(requirementSchema.safeParse(row).success).toBe(true);
    }
    // Roadmap links survive the upgrade.
    expect(rows.filter((r) => r.initiativeId !== null).length).toBe(
      demo.requirements.filter((r) => r.initiativeId !== null).length,
    );
    expect(await db.initiatives.count()).toBe(demo.initiatives.length);
    expect(await db.events.count()).toBe(demo.events.length);
    expect(await db.tags.count()).toBe(0);
    db.close();
  });
});
