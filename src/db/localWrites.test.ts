import { describe, expect, it } from 'vitest';
import { changedFields, onLocalWrites, writeRemote, type LocalWrite } from './localWrites';
import { openTestRepositories } from './testing/testDb';

async function productWithCard() {
  const repos = openTestRepositories();
  const product = await repos.products.createProduct('Hooks');
  const [inbox] = await repos.stages.listStages(product.id);
  const card = await repos.requirements.createRequirement(product.id, inbox!.id, { title: 'Card' });
  return { repos, product, inbox: inbox!, card };
}

describe('onLocalWrites', () => {
  it('reports one batch per committed transaction, with only the fields that changed', async () => {
    const { repos, card } = await productWithCard();
    const batches: (readonly LocalWrite[])[] = [];
    const stop = onLocalWrites(repos.db, ['requirements', 'events'], (writes) => batches.push(writes));
    await repos.requirements.updateRequirement(card.id, { title: 'Renamed', tags: ['ux'] });
    stop();

    expect(batches).toHaveLength(1);
    const [edit, event] = batches[0]!;
    expect(edit).toMatchObject({
      table: 'requirements',
      id: card.id,
      before: { title: 'Card' },
      row: { title: 'Renamed' },
    });
    expect([...edit!.changed].sort()).toEqual(['tags', 'title', 'updatedAt', 'version']);
    expect(event).toMatchObject({ table: 'events', before: null, row: { type: 'requirement.edited' } });
  });

  it('reports repository writes nested in one outer transaction as one batch, when the outer one commits', async () => {
    const { repos, inbox, card } = await productWithCard();
    const batches: (readonly LocalWrite[])[] = [];
    const stop = onLocalWrites(repos.db, ['requirements', 'events'], (writes) => batches.push(writes));
    // A move reads the product too (its card score, for a stage gate's "scored" rule).
    const { requirements, events, stages, products } = repos.db;
    await repos.db.transaction('rw', requirements, events, stages, products, async () => {
      await repos.requirements.updateRequirement(card.id, { title: 'First' });
      await repos.requirements.moveRequirement(card.id, inbox.id, 'a9');
      expect(batches).toEqual([]);
    });
    stop();

    expect(batches).toHaveLength(1);
    expect(batches[0]!.map((w) => w.table)).toEqual(['requirements', 'events', 'requirements', 'events']);
  });

  it('says nothing of a transaction that failed, nor of one written through writeRemote', async () => {
    const { repos, card } = await productWithCard();
    const batches: (readonly LocalWrite[])[] = [];
    const stop = onLocalWrites(repos.db, ['requirements'], (writes) => batches.push(writes));
    await expect(repos.requirements.updateRequirement(card.id, { title: '' })).rejects.toThrow();
    await writeRemote(repos.db, ['requirements'], () =>
      repos.db.requirements.put({ ...card, title: 'From elsewhere' }),
    );
    await expect(
      repos.db.transaction('rw', repos.db.requirements, async () => {
        await repos.db.requirements.put({ ...card, title: 'Rolled back' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    stop();

    expect(batches).toEqual([]);
    expect((await repos.db.requirements.get(card.id))?.title).toBe('From elsewhere');
  });

  it('reports a row removed for good (a purge) as a removal', async () => {
    const { repos, card } = await productWithCard();
    const batches: (readonly LocalWrite[])[] = [];
    const stop = onLocalWrites(repos.db, ['requirements'], (writes) => batches.push(writes));
    await repos.db.requirements.bulkDelete([card.id]);
    stop();

    expect(batches.flat()).toEqual([expect.objectContaining({ table: 'requirements', id: card.id, row: null })]);
  });

  it('installs no hook while nobody listens', async () => {
    const { repos } = await productWithCard();
    const hooks = () =>
      [
        repos.db.requirements.hook.creating,
        repos.db.requirements.hook.updating,
        repos.db.requirements.hook.deleting,
      ].map((h) => h.subscribers.length);
    expect(hooks()).toEqual([0, 0, 0]);
    const first = onLocalWrites(repos.db, ['requirements'], () => {});
    const second = onLocalWrites(repos.db, ['requirements'], () => {});
    expect(hooks()).toEqual([1, 1, 1]);
    first();
    expect(hooks()).toEqual([1, 1, 1]);
    second();
    expect(hooks()).toEqual([0, 0, 0]);
  });
});

describe('changedFields', () => {
  it('compares nested values by content, not by identity', () => {
    const before = { tags: ['a'], scores: { rice: { reach: 1 } }, title: 'x' };
    expect(changedFields(before, { tags: ['a'], scores: { rice: { reach: 1 } }, title: 'y' })).toEqual(['title']);
    expect(changedFields(before, { tags: ['a', 'b'], scores: { rice: { reach: 1 } } })).toEqual(['tags', 'title']);
    expect(changedFields(null, { id: '1' })).toEqual(['id']);
  });
});
