import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { describe, expect, it } from 'vitest';
import { useHistory } from '../../state/history';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import { deleteViewRecorded, saveViewRecorded } from './viewHistory';

const latest = () => useHistory.getState().past.at(-1)!;
const view = async (id: string) => (await repos.db.savedViews.get(id))!;

describe('saved view history entries', () => {
  it('a new view undoes to the trash, redoes, and stops at a newer write', async () => {
    const { product } = await appProduct();
    const saved = await saveViewRecorded(product.id, 'Bugs', 'type=bug', undefined);
    await expectRoundTrips(
      latest(),
      async () => expect((await view(saved.id)).deleted).toBe(true),
      async () => expect(await view(saved.id)).toMatchObject({ deleted: false, query: 'type=bug' }),
    );
    const other = await saveViewRecorded(product.id, 'Mine', 'owner=me', undefined);
    await expectStaleStops(
      latest(),
      async () => void (await repos.views.saveView(product.id, 'Mine', 'owner=you')),
      async () => expect((await view(other.id)).query).toBe('owner=you'),
    );
  });

  it('saving over a view of the same name undoes to its old filters', async () => {
    const { product } = await appProduct();
    const first = await repos.views.saveView(product.id, 'Bugs', 'type=bug');
    await saveViewRecorded(product.id, 'Bugs', 'type=bug&priority=p0', first);
    await expectRoundTrips(
      latest(),
      async () => expect(await view(first.id)).toMatchObject({ deleted: false, query: 'type=bug' }),
      async () => expect((await view(first.id)).query).toBe('type=bug&priority=p0'),
    );
  });

  it('a delete undoes, redoes, undoes and redoes, and stops at a newer write', async () => {
    const { product } = await appProduct();
    const saved = await repos.views.saveView(product.id, 'Bugs', 'type=bug');
    await expectRoundTrips(
      await deleteViewRecorded(saved),
      async () => expect((await view(saved.id)).deleted).toBe(false),
      async () => expect((await view(saved.id)).deleted).toBe(true),
    );
    const other = await repos.views.saveView(product.id, 'Mine', 'owner=me');
    await expectStaleStops(
      await deleteViewRecorded(other),
      async () => void (await repos.views.restoreView(other.id, 'owner=you')),
      async () => expect(await view(other.id)).toMatchObject({ deleted: false, query: 'owner=you' }),
    );
  });
});
