import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { exchange, mirror, newDevice, type Device } from './testing/clients';
import { SYNCED_TABLES } from './docLayout';
import { productTableRows } from '../../db/productRows';

async function productRows(device: Device, productId: string) {
  const db = device.repos.db;
  const rows: Record<string, unknown[]> = {};
  for (const table of [...SYNCED_TABLES, 'events'] as const) {
    rows[table] = (await productTableRows(db, db.table(table), productId)).sort((x, y) =>
      String(x.id) < String(y.id) ? -1 : 1,
    );
  }
  rows.products = [await db.products.get(productId)];
  return rows;
}

/** The demo product plus a tag colour, a template and a saved view, so every synced table has rows. */
async function fullProduct(device: Device): Promise<string> {
  const productId = await device.repos.seed.seedDemoOnFirstRun('en', '2026-05-14');
  if (productId === null) throw new Error('demo not seeded');
  await device.repos.workspace.setTagColor(productId, 'flights', '#112233');
  await device.repos.workspace.saveTemplate(productId, null, { kind: 'prd', name: 'PRD', body: '# Problem' });
  await device.repos.views.saveView(productId, 'P0 bugs', 'priority=P0');
  return productId;
}

describe('the Dexie ↔ Y.Doc mapping', () => {
  it('carries every synced table of a product to an empty database unchanged', async () => {
    const a = newDevice();
    const productId = await fullProduct(a);
    const before = await productRows(a, productId);
    for (const table of SYNCED_TABLES) expect(before[table], table).not.toHaveLength(0);

    await mirror(a, productId);
    const b = newDevice();
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    const writesBefore = b.readWriteTransactions;
    await mirror(b, productId);

    expect(await productRows(b, productId)).toEqual(before);
    expect(b.readWriteTransactions - writesBefore).toBe(1);
    expect(await productRows(a, productId)).toEqual(before);
    expect(b.rejected).toEqual([]);
  });

  it('merges a product both devices already hold: rows only on one side reach the other, the newer edit of a shared row wins', async () => {
    const a = newDevice();
    const productId = await fullProduct(a);
    await mirror(a, productId);
    const b = newDevice();
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    await mirror(b, productId);
    b.mirror?.stop();
    // B changes things while no mirror runs (before sync loaded, or after leaving it).
    const [newer, older] = await b.repos.requirements.listBoardRequirements(productId);
    const db = b.repos.db;
    await db.requirements.put({ ...newer!, title: 'Renamed later on B', updatedAt: '2030-01-01T00:00:00.000Z' });
    await db.requirements.put({ ...older!, title: 'Stale copy on B', updatedAt: '2000-01-01T00:00:00.000Z' });
    const inbox = (await b.repos.stages.listStages(productId))[0]!;
    const added = await b.repos.requirements.createRequirement(productId, inbox.id, { title: 'Added while detached' });
    // Meanwhile A edits another field of the row B renamed: both survive.
    await a.repos.requirements.updateRequirement(newer!.id, { priority: 'P0' });

    await mirror(b, productId);
    await exchange(a, b);

    expect((await a.repos.db.requirements.get(added.id))?.title).toBe('Added while detached');
    expect(await a.repos.db.requirements.get(newer!.id)).toMatchObject({ title: 'Renamed later on B', priority: 'P0' });
    expect((await b.repos.db.requirements.get(older!.id))?.title).toBe(older!.title);
    expect(await productRows(b, productId)).toEqual(await productRows(a, productId));
  });

  it('skips and reports a row from the doc that breaks its schema, and writes the rest', async () => {
    const a = newDevice();
    const b = newDevice();
    const product = await a.repos.products.createProduct('Shared');
    await mirror(a, product.id);
    await mirror(b, product.id);
    await exchange(a, b);
    const inbox = (await b.repos.stages.listStages(product.id))[0]!;

    a.doc.transact(() => {
      const rows = a.doc.getMap<unknown>('requirements');
      const bad = new Y.Map<unknown>();
      bad.set('id', 'bad-1');
      bad.set('productId', product.id);
      bad.set('title', '');
      rows.set('bad-1', bad);
      rows.set('bad-2', 'not a row');
    }, 'someone else');
    await a.repos.requirements.createRequirement(product.id, inbox.id, { title: 'Fine' });
    await exchange(a, b);

    expect(await b.repos.db.requirements.get('bad-1')).toBeUndefined();
    expect(await b.repos.db.requirements.get('bad-2')).toBeUndefined();
    expect(b.rejected.map((r) => [r.table, r.id]).sort()).toEqual([
      ['requirements', 'bad-1'],
      ['requirements', 'bad-2'],
    ]);
    expect(b.rejected.find((r) => r.id === 'bad-1')?.problem).toMatch(/title/);
    expect((await b.repos.requirements.listBoardRequirements(product.id)).map((r) => r.title)).toEqual(['Fine']);
  });
});

describe('fields left at their defaults', () => {
  it('are not stored in the doc and read back as those defaults on another device', async () => {
    const a = newDevice();
    const product = await a.repos.products.createProduct('Defaults');
    const inbox = (await a.repos.stages.listStages(product.id))[0]!;
    const card = await a.repos.requirements.createRequirement(product.id, inbox.id, { title: 'Bare', priority: 'P0' });
    await mirror(a, product.id);
    const stored = a.doc.getMap<Y.Map<unknown>>('requirements').get(card.id)!;
    expect(stored.get('priority')).toBe('P0');
    // Nor its id (its key) or product (the doc's).
    for (const field of ['id', 'productId', 'notes', 'scores', 'learnings', 'description', 'dueDone'])
      expect(stored.has(field), field).toBe(false);

    const b = newDevice();
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    await mirror(b, product.id);
    expect(await b.repos.db.requirements.get(card.id)).toEqual(await a.repos.db.requirements.get(card.id));
    // A field changed later is stored, and one set back to its default stays stored with that value.
    await b.repos.requirements.updateRequirement(card.id, { description: 'Now written', priority: 'P2' });
    await exchange(a, b);
    expect(await a.repos.db.requirements.get(card.id)).toMatchObject({ description: 'Now written', priority: 'P2' });
    expect(stored.get('priority')).toBe('P2');
  });

  it('still reads a row written with every field, as an older client writes it, and checks its product', async () => {
    const a = newDevice();
    const product = await a.repos.products.createProduct('Full rows');
    const inbox = (await a.repos.stages.listStages(product.id))[0]!;
    const card = await a.repos.requirements.createRequirement(product.id, inbox.id, { title: 'Every field' });
    const row = (await a.repos.db.requirements.get(card.id))!;
    const b = newDevice();
    await mirror(b, product.id);
    const withEveryField = (fields: Record<string, unknown>) => {
      const yRow = new Y.Map<unknown>();
      const { stageId, rank, ...rest } = fields;
      for (const [key, value] of Object.entries(rest)) yRow.set(key, value);
      yRow.set('position', { stageId, rank });
      return yRow;
    };
    const full = withEveryField(row);
    const elsewhere = withEveryField({ ...row, id: 'stray', productId: 'another-product' });
    b.doc.transact(() => {
      b.doc.getMap('requirements').set(card.id, full);
      b.doc.getMap('requirements').set('stray', elsewhere);
    }, 'provider');
    await b.mirror?.whenIdle();

    expect(await b.repos.db.requirements.get(card.id)).toEqual(row);
    expect(b.rejected.map((r) => [r.id, r.problem])).toEqual([['stray', expect.stringMatching(/another-product/)]]);
  });
});

describe('a backup restored over a synced product', () => {
  it("sends the restored rows but removes nothing from the team's doc", async () => {
    const a = newDevice();
    const b = newDevice();
    const productId = await fullProduct(a);
    await mirror(a, productId);
    await mirror(b, productId);
    await exchange(a, b);
    const teamRows = await productRows(b, productId);
    const db = a.repos.db;
    const [kept] = await a.repos.requirements.listBoardRequirements(productId);
    const product = await db.products.get(productId);

    // What 'replace' does: every table emptied, the backup's rows (here one requirement, renamed) written back.
    await db.transaction(
      'rw',
      db.tables.filter((t) => t.name !== 'snapshots' && t.name !== 'meta'),
      async () => {
        for (const table of db.tables) if (table.name !== 'snapshots' && table.name !== 'meta') await table.clear();
        await db.products.add(product!);
        await db.requirements.add({ ...kept!, title: 'From the backup' });
      },
    );
    await exchange(a, b);

    const after = await productRows(b, productId);
    expect(after.requirements).toHaveLength(teamRows.requirements!.length);
    expect(after.stages).toEqual(teamRows.stages);
    expect((await b.repos.db.requirements.get(kept!.id))?.title).toBe('From the backup');
  });
});
