import { describe, expect, it } from 'vitest';
import { openTestRepositories } from './testing/testDb';

describe('saved views', () => {
  it('saves, replaces by name and soft-deletes, each with its event', async () => {
    const repos = openTestRepositories();
    const product = await repos.products.createProduct('Views');
    const first = await repos.views.saveView(product.id, ' Urgent ', 'priority=P0');
    await repos.views.saveView(product.id, 'Mine', 'owner=m1');
    const replaced = await repos.views.saveView(product.id, 'Urgent', 'priority=P0&priority=P1');
    expect(replaced.id).toBe(first.id);
    expect(replaced.version).toBe(2);
    expect((await repos.views.listViews(product.id)).map((v) => [v.name, v.query])).toEqual([
      ['Mine', 'owner=m1'],
      ['Urgent', 'priority=P0&priority=P1'],
    ]);

    await repos.views.deleteView(first.id);
    expect((await repos.views.listViews(product.id)).map((v) => v.name)).toEqual(['Mine']);
    expect((await repos.db.savedViews.get(first.id))?.deleted).toBe(true);
    const types = (await repos.db.events.where('entityId').equals(first.id).toArray()).map((e) => e.type).sort();
    expect(types).toEqual(['view.deleted', 'view.saved', 'view.saved']);
  });

  it('refuses an empty name and writes nothing', async () => {
    const repos = openTestRepositories();
    const product = await repos.products.createProduct('Views');
    const events = await repos.db.events.count();
    await expect(repos.views.saveView(product.id, '   ', 'q=x')).rejects.toMatchObject({ code: 'invalidInput' });
    expect(await repos.db.savedViews.count()).toBe(0);
    expect(await repos.db.events.count()).toBe(events);
  });
});
