import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildDemoProduct } from '../../domain/demo';
import { requirementSchema } from '../../domain/types';
import { demoTables, tablesAtVersion } from '../../domain/upgrades/testing';
import { writeOldDatabase } from '../testing/oldDatabase';
import { testEnv } from '../testing/testDb';
import { CairnDatabase, SCHEMA_VERSION } from '../database';
import { applyVersion1 } from './0001-initial';

describe('upgrade from version 1 to 2 (roadmap)', () => {
  it('keeps every row and sets initiativeId null on every requirement', async () => {
    const demo = buildDemoProduct('en', testEnv(), '2026-05-14');
    // A version-1 database as the app wrote it before the roadmap: requirements without initiativeId.
    const name = await writeOldDatabase([applyVersion1], tablesAtVersion(demoTables(demo), 1));

    const db = new CairnDatabase(name);
    await db.open();
    // Opens at the newest version; every later upgrade runs too.
    expect(db.verno).toBe(SCHEMA_VERSION);
    const rows = await db.requirements.toArray();
    expect(rows).toHaveLength(demo.requirements.length);
    for (const row of rows) {
      expect(row.initiativeId).toBeNull();
      expect(requirementSchema.safeParse(row).success).toBe(true);
    }
    expect(await db.products.count()).toBe(1);
    expect(await db.stages.count()).toBe(demo.stages.length);
    expect(await db.members.count()).toBe(demo.members.length);
    expect(await db.events.count()).toBe(demo.events.length);
    expect(await db.lanes.count()).toBe(0);
    expect(await db.initiatives.count()).toBe(0);
    // The board's index still answers after the upgrade.
    expect(
      await db.requirements
        .where('[productId+state+stageId+rank]')
        .between([demo.product.id, 'active', '', ''], [demo.product.id, 'active', '\uffff', '\uffff'])
        .count(),
    ).toBe(rows.length);
    db.close();
  });
});
