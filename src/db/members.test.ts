import { describe, expect, it } from 'vitest';
import { openTestRepositories } from './testing/testDb';

async function setUp() {
  const repos = openTestRepositories();
  const product = await repos.products.createProduct('People');
  const eventsOf = async (id: string) =>
    (await repos.db.events.where('entityId').equals(id).toArray()).map((e) => [e.type, e.data]);
  return { repos, product, eventsOf };
}

describe('member writes', () => {
  it('adds a member with a trimmed name and its event', async () => {
    const { repos, product, eventsOf } = await setUp();
    const ana = await repos.members.createMember(product.id, '  Ana Lima ', 'design');
    expect(await repos.db.members.get(ana.id)).toMatchObject({ name: 'Ana Lima', role: 'design', deleted: false });
    expect(await eventsOf(ana.id)).toEqual([['member.created', { name: 'Ana Lima', role: 'design' }]]);
  });

  it('refuses an empty name, a taken name in any case, and an unknown product, writing nothing', async () => {
    const { repos, product } = await setUp();
    await repos.members.createMember(product.id, 'Ana', 'pm');
    const before = await repos.db.events.count();
    await expect(repos.members.createMember(product.id, '   ', 'pm')).rejects.toMatchObject({
      code: 'invalidInput',
      details: { problem: 'emptyName' },
    });
    await expect(repos.members.createMember(product.id, ' ana ', 'qa')).rejects.toMatchObject({
      code: 'invalidInput',
      details: { problem: 'duplicateName', name: 'Ana' },
    });
    await expect(repos.members.createMember('nope', 'Bo', 'qa')).rejects.toMatchObject({ code: 'notFound' });
    expect(await repos.db.members.count()).toBe(1);
    expect(await repos.db.events.count()).toBe(before);
  });

  it('the same name in another product is fine', async () => {
    const { repos, product } = await setUp();
    const other = await repos.products.createProduct('Other');
    await repos.members.createMember(product.id, 'Ana', 'pm');
    await expect(repos.members.createMember(other.id, 'Ana', 'pm')).resolves.toMatchObject({ name: 'Ana' });
  });

  it('renames and changes the role in one write with one event naming both changes', async () => {
    const { repos, product, eventsOf } = await setUp();
    const ana = await repos.members.createMember(product.id, 'Ana', 'pm');
    const saved = await repos.members.editMember(ana.id, { name: 'Ana Lima', role: 'data' });
    expect(saved).toMatchObject({ name: 'Ana Lima', role: 'data', version: 2 });
    expect((await eventsOf(ana.id))[1]).toEqual([
      'member.edited',
      { name: { from: 'Ana', to: 'Ana Lima' }, role: { from: 'pm', to: 'data' } },
    ]);
  });

  it('an edit that changes nothing writes nothing', async () => {
    const { repos, product, eventsOf } = await setUp();
    const ana = await repos.members.createMember(product.id, 'Ana', 'pm');
    expect(await repos.members.editMember(ana.id, { name: ' Ana ', role: 'pm' })).toMatchObject({ version: 1 });
    expect(await eventsOf(ana.id)).toHaveLength(1);
  });

  it('removal is soft: the requirement keeps its owner, the pickers lose the member, the name is free again', async () => {
    const { repos, product } = await setUp();
    const ana = await repos.members.createMember(product.id, 'Ana', 'pm');
    const inbox = (await repos.stages.listStages(product.id))[0]!;
    const req = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'X' });
    await repos.requirements.updateRequirement(req.id, { ownerId: ana.id });
    await repos.members.editMember(ana.id, { deleted: true });
    expect((await repos.requirements.getRequirement(req.id))?.ownerId).toBe(ana.id);
    expect(await repos.products.listMembers(product.id)).toEqual([]);
    expect(await repos.products.listMembersWithRemoved(product.id)).toMatchObject([{ id: ana.id, deleted: true }]);
    await expect(repos.members.createMember(product.id, 'Ana', 'qa')).resolves.toMatchObject({ name: 'Ana' });
  });

  it('restoring a member whose name was taken since is refused, and so is renaming onto a taken name', async () => {
    const { repos, product } = await setUp();
    const ana = await repos.members.createMember(product.id, 'Ana', 'pm');
    const bo = await repos.members.createMember(product.id, 'Bo', 'qa');
    await expect(repos.members.editMember(bo.id, { name: 'ANA' })).rejects.toMatchObject({
      details: { problem: 'duplicateName' },
    });
    await repos.members.editMember(ana.id, { deleted: true });
    await repos.members.createMember(product.id, 'Ana', 'design');
    await expect(repos.members.editMember(ana.id, { deleted: false })).rejects.toMatchObject({
      details: { problem: 'duplicateName', name: 'Ana' },
    });
    expect((await repos.db.members.get(ana.id))?.deleted).toBe(true);
  });

  it('a guarded edit is refused as stale once the member moved on', async () => {
    const { repos, product } = await setUp();
    const ana = await repos.members.createMember(product.id, 'Ana', 'pm');
    await repos.members.editMember(ana.id, { role: 'qa' });
    await expect(repos.members.editMember(ana.id, { role: 'data' }, { ifVersion: 1 })).rejects.toMatchObject({
      code: 'stale',
      details: { title: 'Ana' },
    });
    expect((await repos.db.members.get(ana.id))?.role).toBe('qa');
  });
});
