import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import { useHistory } from '../../state/history';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import { addMemberRecorded, editMemberRecorded } from './memberHistory';

const latest = () => useHistory.getState().past.at(-1)!;
const member = async (id: string) => (await repos.db.members.get(id))!;
const live = async (productId: string) => (await repos.products.listMembers(productId)).map((m) => m.name);

describe('member history entries', () => {
  it('adding undoes to no member, redoes the same member back, and stops at a newer write', async () => {
    const { product } = await appProduct('People');
    const ana = await addMemberRecorded(product.id, 'Ana', 'design');
    await expectRoundTrips(
      latest(),
      async () => expect(await live(product.id)).toEqual([]),
      async () => expect(await live(product.id)).toEqual(['Ana']),
    );
    // A fresh entry: the round trip's history (and what it learnt of versions) was cleared.
    const bo = await addMemberRecorded(product.id, 'Bo', 'qa');
    await expectStaleStops(
      latest(),
      async () => void (await repos.members.editMember(bo.id, { role: 'data' })),
      async () => expect(await member(bo.id)).toMatchObject({ role: 'data', deleted: false }),
    );
    expect(await member(ana.id)).toMatchObject({ deleted: false });
  });

  it('a rename with a role change is one entry that puts both back', async () => {
    const { product } = await appProduct('People');
    const ana = await repos.members.createMember(product.id, 'Ana', 'pm');
    await editMemberRecorded(ana, { name: 'Ana Lima', role: 'data' });
    expect(latest().describe((key, params) => translate('en', key, params))).toBe('rename member “Ana” to “Ana Lima”');
    await expectRoundTrips(
      latest(),
      async () => expect(await member(ana.id)).toMatchObject({ name: 'Ana', role: 'pm' }),
      async () => expect(await member(ana.id)).toMatchObject({ name: 'Ana Lima', role: 'data' }),
    );
  });

  it('removing and restoring are undoable, and a removal says so', async () => {
    const { product } = await appProduct('People');
    const ana = await repos.members.createMember(product.id, 'Ana', 'pm');
    await editMemberRecorded(ana, { deleted: true });
    expect(latest().describe((key, params) => translate('en', key, params))).toBe('remove member “Ana”');
    await expectRoundTrips(
      latest(),
      async () => expect(await live(product.id)).toEqual(['Ana']),
      async () => expect(await live(product.id)).toEqual([]),
    );
    await editMemberRecorded(await member(ana.id), { deleted: false });
    expect(latest().describe((key, params) => translate('en', key, params))).toBe('restore member “Ana”');
    expect(await live(product.id)).toEqual(['Ana']);
  });

  it('a refused edit records nothing', async () => {
    const { product } = await appProduct('People');
    await repos.members.createMember(product.id, 'Ana', 'pm');
    const bo = await repos.members.createMember(product.id, 'Bo', 'qa');
    const before = useHistory.getState().past.length;
    await expect(editMemberRecorded(bo, { name: 'ana' })).rejects.toMatchObject({ code: 'invalidInput' });
    expect(useHistory.getState().past).toHaveLength(before);
  });
});
