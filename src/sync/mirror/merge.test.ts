// Each merge rule of issue 15 on two devices that edit offline and then exchange their docs.
import { describe, expect, it } from 'vitest';
import { rankAtIndex } from '../../domain/ranking';
import type { Requirement } from '../../domain/types';
import { useHistory } from '../../state/history';
import { exchange, sharedProduct, stageByKey, type Device } from './testing/clients';

async function row(device: Device, id: string): Promise<Requirement> {
  const found = await device.repos.db.requirements.get(id);
  if (!found) throw new Error(`no requirement ${id}`);
  return found;
}

/** A stage's active cards in board order (the board index: rank, then id). */
async function column(device: Device, productId: string, stageId: string): Promise<string[]> {
  const rows = await device.repos.requirements.listBoardRequirements(productId);
  return rows.filter((r) => r.stageId === stageId).map((r) => r.id);
}

async function withCard(title = 'Dark mode', winner?: 'a' | 'b') {
  const shared = await sharedProduct(winner);
  const inbox = await stageByKey(shared.a, shared.productId, 'inbox');
  const card = await shared.a.repos.requirements.createRequirement(shared.productId, inbox.id, { title });
  await exchange(shared.a, shared.b);
  return { ...shared, inbox, card };
}

describe('merging offline edits of two devices', () => {
  it('keeps both changes when they edited different fields of one requirement', async () => {
    const { a, b, card } = await withCard();
    await a.repos.requirements.updateRequirement(card.id, { title: 'Dark mode everywhere' });
    await b.repos.requirements.updateRequirement(card.id, { description: 'Follow the OS setting', priority: 'P0' });
    await exchange(a, b);

    for (const device of [a, b]) {
      expect(await row(device, card.id)).toMatchObject({
        title: 'Dark mode everywhere',
        description: 'Follow the OS setting',
        priority: 'P0',
      });
    }
  });

  it.each(['a', 'b'] as const)(
    'lets one value win on both devices when they edited the same field (%s wins)',
    async (winner) => {
      const { a, b, card } = await withCard('Dark mode', winner);
      await a.repos.requirements.updateRequirement(card.id, { title: 'Title from A' });
      await b.repos.requirements.updateRequirement(card.id, { title: 'Title from B' });
      await exchange(a, b);

      const [onA, onB] = [await row(a, card.id), await row(b, card.id)];
      expect(onA.title).toBe(winner === 'a' ? 'Title from A' : 'Title from B');
      expect(onB.title).toBe(onA.title);
    },
  );

  it.each(['a', 'b'] as const)(
    'lets one value win when both changed a field the doc left out at its default (%s wins)',
    async (winner) => {
      const { a, b, card } = await withCard('Dark mode', winner);
      expect(a.doc.getMap<import('yjs').Map<unknown>>('requirements').get(card.id)?.has('estimate')).toBe(false);
      await a.repos.requirements.updateRequirement(card.id, { estimate: 3 });
      await b.repos.requirements.updateRequirement(card.id, { estimate: 8 });
      await exchange(a, b);

      const [onA, onB] = [await row(a, card.id), await row(b, card.id)];
      expect(onA.estimate).toBe(winner === 'a' ? 3 : 8);
      expect(onB.estimate).toBe(onA.estimate);
    },
  );

  it.each(['a', 'b'] as const)(
    'moves a card moved on both devices to one whole place on both (%s wins)',
    async (winner) => {
      const { a, b, productId, inbox, card } = await withCard('Dark mode', winner);
      const testing = await stageByKey(a, productId, 'testing');
      await b.repos.requirements.createRequirement(productId, testing.id, { title: 'Already in testing' });
      const rankInTesting = rankAtIndex(['a0'], 1);
      // A only reorders within Inbox (its stage does not change); B moves the card to Testing.
      await a.repos.requirements.moveRequirement(card.id, inbox.id, 'a5');
      await b.repos.requirements.moveRequirement(card.id, testing.id, rankInTesting);
      await exchange(a, b);

      const [onA, onB] = [await row(a, card.id), await row(b, card.id)];
      // One whole place, never B's stage with A's rank.
      expect(`${onA.stageId} ${onA.rank}`).toBe(winner === 'a' ? `${inbox.id} a5` : `${testing.id} ${rankInTesting}`);
      expect({ stageId: onB.stageId, rank: onB.rank }).toEqual({ stageId: onA.stageId, rank: onA.rank });
      for (const device of [a, b]) {
        const columns = [await column(device, productId, inbox.id), await column(device, productId, testing.id)];
        expect(columns.flat().filter((id) => id === card.id)).toHaveLength(1);
      }
    },
  );

  it('orders two cards that land on the same rank by id, the same on both devices, without duplicates', async () => {
    const { a, b, productId, inbox } = await withCard();
    const first = await a.repos.requirements.createRequirement(productId, inbox.id, { title: 'First' });
    const second = await a.repos.requirements.createRequirement(productId, inbox.id, { title: 'Second' });
    await exchange(a, b);
    const design = await stageByKey(a, productId, 'design');
    // Both devices drop a card at the top of the empty Design column: the same rank.
    const top = rankAtIndex([], 0);
    await a.repos.requirements.moveRequirement(second.id, design.id, top);
    await b.repos.requirements.moveRequirement(first.id, design.id, top);
    await exchange(a, b);

    const byId = [first.id, second.id].sort();
    expect((await row(a, first.id)).rank).toBe((await row(a, second.id)).rank);
    expect(await column(a, productId, design.id)).toEqual(byId);
    expect(await column(b, productId, design.id)).toEqual(byId);
  });

  it('leaves a requirement deleted and edited when one device deleted it while the other edited it, and it can be restored', async () => {
    const { a, b, productId, card } = await withCard();
    await a.repos.requirements.deleteRequirement(card.id);
    await b.repos.requirements.updateRequirement(card.id, { title: 'Edited meanwhile' });
    await exchange(a, b);

    for (const device of [a, b])
      expect(await row(device, card.id)).toMatchObject({ state: 'deleted', title: 'Edited meanwhile' });

    await b.repos.requirements.restoreRequirement(card.id);
    await exchange(a, b);
    expect(await row(a, card.id)).toMatchObject({ state: 'active', title: 'Edited meanwhile' });
    expect(await column(a, productId, card.stageId)).toContain(card.id);
  });

  it('merges a rename of the product and a change of its settings made on different devices', async () => {
    const { a, b, productId } = await sharedProduct();
    await a.repos.products.renameProduct(productId, 'Travel app');
    await b.repos.productSettings.updateProductSettings(productId, { cardScore: 'wsjf' });
    await exchange(a, b);

    for (const device of [a, b]) {
      expect(await device.repos.db.products.get(productId)).toMatchObject({
        name: 'Travel app',
        settings: { cardScore: 'wsjf' },
      });
    }
  });

  it('merges the event logs without duplicates', async () => {
    const { a, b, productId, card } = await withCard();
    await a.repos.requirements.updateRequirement(card.id, { title: 'Edited on A' });
    await b.repos.requirements.updateRequirement(card.id, { description: 'Edited on B' });
    await exchange(a, b);
    await exchange(a, b);

    const events = async (device: Device) =>
      (await device.repos.db.events.where('productId').equals(productId).toArray()).map((e) => e.id).sort();
    const [onA, onB] = [await events(a), await events(b)];
    expect(onB).toEqual(onA);
    const edits = await a.repos.db.events.where('entityId').equals(card.id).toArray();
    expect(edits.filter((e) => e.type === 'requirement.edited')).toHaveLength(2);
    const inDoc = [...a.doc.share.keys()]
      .filter((name) => name.startsWith('events:'))
      .flatMap((name) =>
        a.doc
          .getArray<{ id: string }>(name)
          .toArray()
          .map((e) => e.id),
      );
    expect(new Set(inDoc).size).toBe(inDoc.length);
    expect(inDoc.sort()).toEqual(onA);
  });

  it('lands a card merged into a stage at its hard WIP limit instead of refusing it', async () => {
    const { a, b, productId, inbox } = await withCard();
    const other = await a.repos.requirements.createRequirement(productId, inbox.id, { title: 'Other' });
    const design = await stageByKey(a, productId, 'design');
    await a.repos.stages.updateStage(design.id, { wipLimit: 1, wipMode: 'block' });
    await exchange(a, b);
    const [mine, theirs] = await a.repos.requirements.listBoardRequirements(productId);
    await a.repos.requirements.moveRequirement(mine!.id, design.id, 'a0');
    await b.repos.requirements.moveRequirement(theirs!.id, design.id, 'a1');
    await exchange(a, b);

    for (const device of [a, b]) expect(await column(device, productId, design.id)).toHaveLength(2);
    expect(other.id).toBeDefined();
  });
});

describe('a change from another device', () => {
  it('lands in one Dexie transaction per doc update, whatever tables it touches', async () => {
    const { a, b, productId, card } = await withCard();
    const design = await stageByKey(a, productId, 'design');
    await a.repos.stages.updateStage(design.id, { name: 'Design review' });
    await a.repos.requirements.moveRequirement(card.id, design.id, 'a7');
    await a.repos.requirements.updateRequirement(card.id, { title: 'Moved and renamed' });
    const before = b.readWriteTransactions;
    // Three local transactions on A travel as one update, as after a reconnect.
    await exchange(a, b);

    expect(b.readWriteTransactions - before).toBe(1);
    expect((await b.repos.db.stages.get(design.id))?.name).toBe('Design review');
    expect(await row(b, card.id)).toMatchObject({ stageId: design.id, rank: 'a7', title: 'Moved and renamed' });
  });

  it('adds no undo entry and no event of its own', async () => {
    const { a, b, productId, card } = await withCard();
    const history = useHistory.getState();
    const eventsBefore = await b.repos.db.events.where('productId').equals(productId).count();
    await a.repos.requirements.updateRequirement(card.id, { title: 'From A' });
    await exchange(a, b);

    expect((await row(b, card.id)).title).toBe('From A');
    expect(useHistory.getState().past).toBe(history.past);
    expect(useHistory.getState().future).toBe(history.future);
    // Only A's own 'requirement.edited' event arrives; applying it wrote none on B.
    expect(await b.repos.db.events.where('productId').equals(productId).count()).toBe(eventsBefore + 1);
  });
});

describe('a local write', () => {
  it("reaches the doc as the card's one position value", async () => {
    const { a, productId, card } = await withCard();
    const design = await stageByKey(a, productId, 'design');
    await a.repos.requirements.moveRequirement(card.id, design.id, 'a3');

    const inDoc = a.doc.getMap<import('yjs').Map<unknown>>('requirements').get(card.id);
    expect(inDoc?.get('position')).toEqual({ stageId: design.id, rank: 'a3' });
    expect(inDoc?.has('stageId')).toBe(false);
  });

  it('no longer reaches the doc once the mirror stopped', async () => {
    const { a, card } = await withCard();
    a.mirror?.stop();
    await a.repos.requirements.updateRequirement(card.id, { title: 'Not synced' });
    expect(a.doc.getMap<import('yjs').Map<unknown>>('requirements').get(card.id)?.get('title')).toBe('Dark mode');
    expect(a.repos.db.requirements.hook.updating.subscribers).toHaveLength(0);
  });
});
