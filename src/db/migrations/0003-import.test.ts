import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { buildDemoProduct } from '../../domain/demo';
import { requirementSchema } from '../../domain/types';
import { testEnv } from '../testing/testDb';
import { CairnDatabase } from '../database';
import { applyVersion1 } from './0001-initial';
import { applyVersion2 } from './0002-roadmap';

describe('upgrade from version 2 to 3 (import fields)', () => {
  it('keeps every row and defaults notes, links, startDate, estimate and dueDone', async () => {
    const name = `cairn-upgrade3-${Math.random().toString(36).slice(2)}`;
    const demo = buildDemoProduct('en', testEnv(), '2026-05-14');
    // Requirements as version 2 wrote them: without the import fields.
    const v2Requirements = demo.requirements.map((r) => {
      const row: Partial<typeof r> = { ...r };
      delete row.notes;
      delete row.links;
      delete row.startDate;
      delete row.estimate;
      delete row.dueDone;
      return row;
    });
    const old = new Dexie(name);
    applyVersion1(old);
    applyVersion2(old);
    await old.open();
    await old.table('products').add(demo.product);
    await old.table('stages').bulkAdd(demo.stages);
    await old.table('members').bulkAdd(demo.members);
    await old.table('requirements').bulkAdd(v2Requirements);
    await old.table('events').bulkAdd(demo.events);
    await old.table('lanes').bulkAdd(demo.lanes);
    await old.table('initiatives').bulkAdd(demo.initiatives);
    old.close();

    const db = new CairnDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    const rows = await db.requirements.toArray();
    expect(rows).toHaveLength(demo.requirements.length);
    for (const row of rows) {
      expect(row).toMatchObject({ notes: [], links: [], startDate: null, estimate: null, dueDone: false });
      expect(requirementSchema.safeParse(row).success).toBe(true);
    }
    // Roadmap links survive the upgrade.
    expect(rows.filter((r) => r.initiativeId !== null).length).toBe(demo.requirements.filter((r) => r.initiativeId !== null).length);
    expect(await db.initiatives.count()).toBe(demo.initiatives.length);
    expect(await db.events.count()).toBe(demo.events.length);
    expect(await db.tags.count()).toBe(0);
    db.close();
  });
});
