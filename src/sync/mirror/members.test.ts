import { describe, expect, it } from 'vitest';
import { exchange, sharedProduct } from './testing/clients';

describe('members across devices', () => {
  it('an added member, a rename on one device and a role change on the other, and a removal all arrive', async () => {
    const { a, b, productId } = await sharedProduct();
    const ana = await a.repos.members.createMember(productId, 'Ana', 'pm');
    await exchange(a, b);
    expect(await b.repos.db.members.get(ana.id)).toMatchObject({ name: 'Ana', role: 'pm', deleted: false });

    await a.repos.members.editMember(ana.id, { name: 'Ana Lima' });
    await b.repos.members.editMember(ana.id, { role: 'data' });
    await exchange(a, b);
    for (const device of [a, b])
      expect(await device.repos.db.members.get(ana.id)).toMatchObject({ name: 'Ana Lima', role: 'data' });

    await b.repos.members.editMember(ana.id, { deleted: true });
    await exchange(a, b);
    expect(await a.repos.products.listMembers(productId)).not.toContainEqual(expect.objectContaining({ id: ana.id }));
    expect(await a.repos.products.listMembersWithRemoved(productId)).toContainEqual(
      expect.objectContaining({ id: ana.id, deleted: true }),
    );
    const edits = await a.repos.db.events.where('entityId').equals(ana.id).toArray();
    expect(edits.map((e) => e.type).sort()).toEqual([
      'member.created',
      'member.edited',
      'member.edited',
      'member.edited',
    ]);
  });
});
