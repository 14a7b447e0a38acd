import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildDemoProduct } from '../../domain/demo';
import { demoTables, tablesAtVersion } from '../../domain/upgrades/testing';
import { writeOldDatabase } from '../testing/oldDatabase';
import { openTestRepositories, testEnv } from '../testing/testDb';
import { requirementsOfProduct } from '../boardIndex';
import { CairnDatabase, SCHEMA_VERSION } from '../database';
import { applyVersion1 } from './0001-initial';
import { applyVersion2 } from './0002-roadmap';
import { applyVersion3 } from './0003-import';
import { applyVersion4 } from './0004-workspace';
import { applyVersion5 } from './0005-gates-review';
import { applyVersion6 } from './0006-drop-updated-index';

describe('upgrade to version 7 (no productId index on requirements)', () => {
  it('opens a version-6 database with every row as it was, and reads a product’s requirements from the board index', async () => {
    const demo = buildDemoProduct('en', testEnv(), '2026-05-14');
    const old = tablesAtVersion(demoTables(demo), 5);
    const name = await writeOldDatabase(
      [applyVersion1, applyVersion2, applyVersion3, applyVersion4, applyVersion5, applyVersion6],
      old,
    );

    const db = new CairnDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.requirements.schema.indexes.map((index) => index.name)).not.toContain('productId');

    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect((await db.requirements.toArray()).sort(byId)).toEqual([...(old.requirements ?? [])].sort(byId as never));
    // The board index's first part answers it: every row of the product, archived ones too.
    const ofProduct = await requirementsOfProduct(db, demo.product.id).toArray();
    expect(ofProduct.sort(byId)).toEqual([...(old.requirements ?? [])].sort(byId as never));
    expect(await requirementsOfProduct(db, 'another product').count()).toBe(0);
    db.close();
  });

  it('still finds only one product’s requirements when two share the database', async () => {
    const repos = openTestRepositories();
    const a = await repos.products.createProduct('A');
    const b = await repos.products.createProduct('B');
    const [stageA] = await repos.stages.listStages(a.id);
    const [stageB] = await repos.stages.listStages(b.id);
    const mine = await repos.requirements.createRequirement(a.id, stageA?.id ?? '', { title: 'Mine' });
    await repos.requirements.createRequirement(b.id, stageB?.id ?? '', { title: 'Theirs' });
    await repos.requirements.archiveRequirement(mine.id);
    const rows = await requirementsOfProduct(repos.db, a.id).toArray();
    expect(rows.map((r) => [r.title, r.state])).toEqual([['Mine', 'archived']]);
  });
});
