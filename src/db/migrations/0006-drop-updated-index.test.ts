import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildDemoProduct } from '../../domain/demo';
import { demoTables, tablesAtVersion } from '../../domain/upgrades/testing';
import { writeOldDatabase } from '../testing/oldDatabase';
import { testEnv } from '../testing/testDb';
import { CairnDatabase, SCHEMA_VERSION } from '../database';
import { applyVersion1 } from './0001-initial';
import { applyVersion2 } from './0002-roadmap';
import { applyVersion3 } from './0003-import';
import { applyVersion4 } from './0004-workspace';
import { applyVersion5 } from './0005-gates-review';

describe('upgrade to version 6 (no [productId+updatedAt] index)', () => {
  it('opens a version-5 database with every row as it was and the board index still working', async () => {
    const demo = buildDemoProduct('en', testEnv(), '2026-05-14');
    const old = tablesAtVersion(demoTables(demo), 5);
    const name = await writeOldDatabase(
      [applyVersion1, applyVersion2, applyVersion3, applyVersion4, applyVersion5],
      old,
    );

    const db = new CairnDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const indexes = db.requirements.schema.indexes.map((index) => index.name);
    expect(indexes).not.toContain('[productId+updatedAt]');
    expect(indexes).toContain('[productId+state+stageId+rank]');

    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect((await db.requirements.toArray()).sort(byId)).toEqual([...(old.requirements ?? [])].sort(byId as never));
    const active = demo.requirements.filter((r) => r.state === 'active');
    const stageId = active[0]?.stageId ?? '';
    const inStage = await db.requirements
      .where('[productId+state+stageId+rank]')
      .between([demo.product.id, 'active', stageId, ''], [demo.product.id, 'active', stageId, '\uffff'])
      .toArray();
    expect(inStage.map((r) => r.id).sort()).toEqual(
      active
        .filter((r) => r.stageId === stageId)
        .map((r) => r.id)
        .sort(),
    );
    db.close();
  });
});
