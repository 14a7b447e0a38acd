// Emptying the trash on one device removes the rows for good on every device, whatever order the
// updates arrive in and whatever copies of the rows other devices still hold.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createWorkspaceRepository } from '../../db/workspace';
import { exchange, mirror, newDevice, sharedProduct, stageByKey, type Device } from './testing/clients';
import { purgedMap } from './docLayout';

let ids = 0;

/** Empties the trash as if 40 days had passed since the cards went there (the trash keeps them 30). */
function emptyTrash(device: Device, productId: string): Promise<number> {
  const later = { now: () => '2026-02-10T00:00:00.000Z', newId: () => `purge-${++ids}` };
  return createWorkspaceRepository(device.repos.db, later).purgeTrash(productId);
}

/** Two devices sharing a product with a card in the trash, in sync. */
async function withTrashedCard(title: string, description = '') {
  const shared = await sharedProduct();
  const inbox = await stageByKey(shared.a, shared.productId, 'inbox');
  const card = await shared.a.repos.requirements.createRequirement(shared.productId, inbox.id, {
    title,
    description,
  });
  await shared.a.repos.requirements.deleteRequirement(card.id);
  await exchange(shared.a, shared.b);
  expect((await shared.b.repos.db.requirements.get(card.id))?.state).toBe('deleted');
  return { ...shared, card };
}

/** What a device holds of a row: in Dexie, in its doc, and whether its doc records the purge. */
async function traceOf(device: Device, id: string) {
  return {
    inDexie: (await device.repos.db.requirements.get(id)) !== undefined,
    inDoc: device.doc.getMap('requirements').has(id),
    purged: purgedMap(device.doc).has(`requirements/${id}`),
  };
}

const gone = { inDexie: false, inDoc: false, purged: true };

/**
 * The doc's whole content as a provider would send it to a fresh client. (The event log keeps a
 * purged card's title, by design: it says what was purged; its other fields must be gone.)
 */
function docBytes(device: Device): Buffer {
  return Buffer.from(Y.encodeStateAsUpdate(device.doc));
}

describe('a purged row', () => {
  it('leaves the doc with its content when the trash is emptied, and only its purge record stays', async () => {
    const { a, b, productId, card } = await withTrashedCard('Purged', 'Secret roadmap item');
    expect(docBytes(a).includes('Secret roadmap item')).toBe(true);

    expect(await emptyTrash(a, productId)).toBe(1);
    await a.mirror?.whenIdle();
    expect(await traceOf(a, card.id)).toEqual(gone);
    expect(docBytes(a).includes('Secret roadmap item')).toBe(false);

    await exchange(a, b);
    expect(await traceOf(b, card.id)).toEqual(gone);
    expect(docBytes(b).includes('Secret roadmap item')).toBe(false);
  });

  it('stays gone when a device that was offline restored it from the trash meanwhile (purge, then edit)', async () => {
    const { a, b, productId, card } = await withTrashedCard('Restored offline');
    await emptyTrash(a, productId);
    await b.repos.requirements.restoreRequirement(card.id);
    await b.repos.requirements.updateRequirement(card.id, { description: 'Written offline' });
    expect(docBytes(b).includes('Written offline')).toBe(true);
    await exchange(a, b);
    await exchange(a, b);

    for (const device of [a, b]) expect(await traceOf(device, card.id)).toEqual(gone);
    for (const device of [a, b]) expect(docBytes(device).includes('Written offline')).toBe(false);
  });

  it('stays gone on a third device whichever of the edit and the purge reaches it first', async () => {
    const { a, b, productId, card } = await withTrashedCard('Raced');
    const editFirst = newDevice();
    const purgeFirst = newDevice();
    for (const device of [editFirst, purgeFirst]) {
      Y.applyUpdate(device.doc, Y.encodeStateAsUpdate(a.doc), 'provider');
      await mirror(device, productId);
    }
    const base = Y.encodeStateVector(a.doc);
    await b.repos.requirements.restoreRequirement(card.id);
    await b.repos.requirements.updateRequirement(card.id, { title: 'Edited before the purge arrived' });
    await emptyTrash(a, productId);
    const edit = Y.encodeStateAsUpdate(b.doc, base);
    const purge = Y.encodeStateAsUpdate(a.doc, base);

    Y.applyUpdate(editFirst.doc, edit, 'provider');
    await editFirst.mirror?.whenIdle();
    expect((await editFirst.repos.db.requirements.get(card.id))?.title).toBe('Edited before the purge arrived');
    Y.applyUpdate(editFirst.doc, purge, 'provider');
    Y.applyUpdate(purgeFirst.doc, purge, 'provider');
    await purgeFirst.mirror?.whenIdle();
    Y.applyUpdate(purgeFirst.doc, edit, 'provider');
    await exchange(a, b, editFirst, purgeFirst);

    for (const device of [a, b, editFirst, purgeFirst]) expect(await traceOf(device, card.id)).toEqual(gone);
  });

  it('is not brought back by a device that left sync and joins again with its rows still in Dexie', async () => {
    const { a, b, productId, card } = await withTrashedCard('Left behind');
    b.mirror?.stop();
    await emptyTrash(a, productId);
    // Leaving sync deleted B's copy of the doc; joining again starts from the server's.
    b.doc = new Y.Doc();
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc), 'provider');
    await mirror(b, productId);
    await exchange(a, b);

    for (const device of [a, b]) expect(await traceOf(device, card.id)).toEqual(gone);
  });

  it('is removed again when a device that never heard of the purge writes the row anew into its doc', async () => {
    const { a, b, productId, card } = await withTrashedCard('Written anew');
    b.mirror?.stop();
    await emptyTrash(a, productId);
    // B lost its copy of the doc and, offline, seeds an empty one from its database.
    b.doc = new Y.Doc();
    await mirror(b, productId);
    expect(b.doc.getMap('requirements').has(card.id)).toBe(true);
    await exchange(a, b);
    await exchange(a, b);

    for (const device of [a, b]) expect(await traceOf(device, card.id)).toEqual(gone);
    expect(a.rejected).toEqual([]);
  });

  it('is taken back out of Dexie when a local write puts it back after the purge arrived', async () => {
    const { a, b, productId, card } = await withTrashedCard('Undone locally');
    const copy = await b.repos.db.requirements.get(card.id);
    await emptyTrash(a, productId);
    await exchange(a, b);
    // As an undo recorded before the purge would: the whole row written back.
    await b.repos.db.requirements.put({ ...copy!, state: 'active' });
    await b.mirror?.whenIdle();

    expect(await traceOf(b, card.id)).toEqual(gone);
    await exchange(a, b);
    expect(await traceOf(a, card.id)).toEqual(gone);
  });

  it('does not purge a row removed and written again in one transaction', async () => {
    const { a, b, card } = await withTrashedCard('Rewritten');
    const row = await a.repos.db.requirements.get(card.id);
    await a.repos.db.transaction('rw', a.repos.db.requirements, async () => {
      await a.repos.db.requirements.delete(card.id);
      await a.repos.db.requirements.put({ ...row!, title: 'Rewritten in place' });
    });
    await exchange(a, b);

    expect(await traceOf(b, card.id)).toEqual({ inDexie: true, inDoc: true, purged: false });
    expect((await b.repos.db.requirements.get(card.id))?.title).toBe('Rewritten in place');
  });
});
