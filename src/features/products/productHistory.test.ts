import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { describe, expect, it } from 'vitest';
import { clearHistory, redo, undo, useHistory } from '../../state/history';
import { usePreferences } from '../../state/preferences';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import { createProductRecorded, renameProductRecorded } from './productHistory';
import { requirementsOfProduct } from '../../db/boardIndex';

const latest = () => useHistory.getState().past.at(-1)!;
const product = async (id: string) => (await repos.db.products.get(id))!;
const open = () => usePreferences.getState().currentProductId;

describe('product history entries', () => {
  it('a rename undoes, redoes, undoes and redoes, and stops at a newer write', async () => {
    const { product: made } = await appProduct('Cairn');
    await renameProductRecorded(made, 'Cairn Mobile');
    await expectRoundTrips(
      latest(),
      async () => expect((await product(made.id)).name).toBe('Cairn'),
      async () => expect((await product(made.id)).name).toBe('Cairn Mobile'),
    );
    await renameProductRecorded(await product(made.id), 'Cairn Web');
    await expectStaleStops(
      latest(),
      async () => void (await repos.products.renameProduct(made.id, 'Cairn Desktop')),
      async () => expect((await product(made.id)).name).toBe('Cairn Desktop'),
    );
  });

  it('saving the same name again writes nothing and records nothing', async () => {
    const { product: made } = await appProduct('Cairn');
    clearHistory();
    await renameProductRecorded(made, ' Cairn ');
    expect((await product(made.id)).version).toBe(made.version);
    expect(useHistory.getState().past).toEqual([]);
  });

  it('a create undoes to the product open before, redoes into the new one, undoes and redoes', async () => {
    const { product: first } = await appProduct('Cairn');
    const created = await createProductRecorded('Atlas', first.id);
    expect(open()).toBe(created.id);
    const listed = async () => (await repos.products.listProducts()).map((p) => p.id);
    await expectRoundTrips(
      latest(),
      async () => {
        expect(await listed()).not.toContain(created.id);
        expect(open()).toBe(first.id);
      },
      async () => {
        expect(await listed()).toContain(created.id);
        expect(open()).toBe(created.id);
      },
    );
  });

  it('a create stays redoable when the app clears the history for the product it returned to', async () => {
    const { product: first } = await appProduct('Cairn');
    clearHistory();
    await createProductRecorded('Atlas', first.id);
    const entry = latest();
    clearHistory(open() ?? undefined);
    expect(await undo()).toBe(entry);
    clearHistory(open() ?? undefined);
    expect(await redo()).toBe(entry);
    expect(open()).not.toBe(first.id);
  });

  it('a create is not undone once something was written into the new product', async () => {
    const { product: first } = await appProduct('Cairn');
    const created = await createProductRecorded('Atlas', first.id);
    const inbox = (await repos.stages.listStages(created.id))[0]!;
    await expectStaleStops(
      latest(),
      async () => void (await repos.requirements.createRequirement(created.id, inbox.id, { title: 'Dark mode' })),
      async () => {
        expect((await product(created.id)).deleted).toBe(false);
        expect(await requirementsOfProduct(repos.db, created.id).count()).toBe(1);
      },
    );
  });
});
