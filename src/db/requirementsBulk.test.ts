import { describe, expect, it } from 'vitest';
import { CairnWriteError } from '../domain/errors';
import { openTestRepositories } from './testing/testDb';

async function productWithRequirements(count: number) {
  const repos = openTestRepositories();
  const product = await repos.products.createProduct('Bulk');
  const stages = await repos.stages.listStages(product.id);
  const stage = (key: string) => stages.find((s) => s.key === key)!;
  const rows = [];
  for (let i = 0; i < count; i++)
    rows.push(await repos.requirements.createRequirement(product.id, stage('inbox').id, { title: `R${i}` }));
  return { repos, product, stage, rows };
}

describe('bulkUpdate', () => {
  it('moves many requirements in one transaction, one event each, to the top of the stage in the given order', async () => {
    const { repos, product, stage, rows } = await productWithRequirements(4);
    const design = stage('design');
    const already = await repos.requirements.createRequirement(product.id, design.id, { title: 'Already there' });
    const ids = [rows[2]!.id, rows[0]!.id, rows[1]!.id];
    const eventsBefore = await repos.db.events.count();
    let transactions = 0;
    const original = repos.db.transaction.bind(repos.db);
    repos.db.transaction = ((...args: unknown[]) => {
      transactions++;
      return (original as (...a: unknown[]) => unknown)(...args);
    }) as typeof repos.db.transaction;

    const result = await repos.bulk.bulkUpdate(ids, { kind: 'move', stageId: design.id });

    expect(transactions).toBe(1);
    expect(result.after.map((r) => r.version)).toEqual([2, 2, 2]);
    const board = await repos.requirements.listBoardRequirements(product.id);
    expect(board.filter((r) => r.stageId === design.id).map((r) => r.title)).toEqual(['R2', 'R0', 'R1', already.title]);
    const events = (await repos.db.events.toArray()).filter((e) => e.type === 'requirement.moved');
    expect(await repos.db.events.count()).toBe(eventsBefore + 3);
    expect(events.map((e) => [e.entityId, e.data.toStageId]).sort()).toEqual(ids.map((id) => [id, design.id]).sort());
  });

  it('sets owner, priority and a tag, writing and logging only the rows that change', async () => {
    const { repos, product, rows } = await productWithRequirements(3);
    await repos.requirements.updateRequirement(rows[0]!.id, { priority: 'P0', tags: ['mobile'] });
    const ids = rows.map((r) => r.id);
    const eventsBefore = await repos.db.events.count();

    const priority = await repos.bulk.bulkUpdate(ids, { kind: 'priority', priority: 'P0' });
    expect(priority.after.map((r) => r.id)).toEqual([rows[1]!.id, rows[2]!.id]);
    const tagged = await repos.bulk.bulkUpdate(ids, { kind: 'addTag', tag: '  mobile ' });
    expect(tagged.after.map((r) => r.tags)).toEqual([['mobile'], ['mobile']]);
    await repos.bulk.bulkUpdate(ids, { kind: 'owner', ownerId: 'member-1' });

    const after = await repos.requirements.listBoardRequirements(product.id);
    expect(after.every((r) => r.priority === 'P0' && r.ownerId === 'member-1' && r.tags.includes('mobile'))).toBe(true);
    const events = (await repos.db.events.toArray()).filter((e) => e.type === 'requirement.edited');
    expect(await repos.db.events.count()).toBe(eventsBefore + 2 + 2 + 3);
    const fieldsOf = (id: string) => events.filter((e) => e.entityId === id).map((e) => e.data.fields);
    expect(fieldsOf(rows[1]!.id)).toEqual([['priority'], ['tags'], ['ownerId']]);
    expect(fieldsOf(rows[0]!.id)).toEqual([['priority', 'tags'], ['ownerId']]);
  });

  it('archives and deletes with one state event per row', async () => {
    const { repos, product, rows } = await productWithRequirements(3);
    await repos.bulk.bulkUpdate([rows[0]!.id, rows[1]!.id], { kind: 'archive' });
    await repos.bulk.bulkUpdate([rows[2]!.id], { kind: 'delete' });
    expect(await repos.requirements.listBoardRequirements(product.id)).toEqual([]);
    const types = (await repos.db.events.where('entityId').equals(rows[0]!.id).toArray()).map((e) => e.type);
    expect(types).toEqual(['requirement.created', 'requirement.archived']);
  });

  it('rolls back every row when one is missing, and writes no events', async () => {
    const { repos, product, stage, rows } = await productWithRequirements(2);
    const eventsBefore = await repos.db.events.count();
    await expect(
      repos.bulk.bulkUpdate([rows[0]!.id, 'nope', rows[1]!.id], { kind: 'move', stageId: stage('design').id }),
    ).rejects.toMatchObject({ code: 'notFound' });
    expect(
      (await repos.requirements.listBoardRequirements(product.id)).every(
        (r) => r.stageId === stage('inbox').id && r.version === 1,
      ),
    ).toBe(true);
    expect(await repos.db.events.count()).toBe(eventsBefore);
  });

  it('rolls back when a row would become invalid (too many tags), and refuses a blocking WIP limit', async () => {
    const { repos, product, stage, rows } = await productWithRequirements(2);
    const full = Array.from({ length: 50 }, (_, i) => `t${i}`);
    await repos.requirements.updateRequirement(rows[1]!.id, { tags: full });
    await expect(
      repos.bulk.bulkUpdate([rows[0]!.id, rows[1]!.id], { kind: 'addTag', tag: 'one more' }),
    ).rejects.toBeInstanceOf(CairnWriteError);
    expect((await repos.requirements.getRequirement(rows[0]!.id))?.tags).toEqual([]);

    await repos.stages.updateStage(stage('design').id, { wipLimit: 1, wipMode: 'block' });
    await expect(
      repos.bulk.bulkUpdate([rows[0]!.id, rows[1]!.id], { kind: 'move', stageId: stage('design').id }),
    ).rejects.toMatchObject({
      code: 'wipBlocked',
    });
    expect(
      (await repos.requirements.listBoardRequirements(product.id)).every((r) => r.stageId === stage('inbox').id),
    ).toBe(true);
  });
});

describe('bulkRestore', () => {
  it('undoes a bulk change in one step, and refuses to overwrite a newer edit', async () => {
    const { repos, product, stage, rows } = await productWithRequirements(3);
    const ids = rows.map((r) => r.id);
    const moved = await repos.bulk.bulkUpdate(ids, { kind: 'move', stageId: stage('design').id });
    const versions = Object.fromEntries(moved.after.map((r) => [r.id, r.version]));

    const undone = await repos.bulk.bulkRestore(moved.before, versions);
    const board = await repos.requirements.listBoardRequirements(product.id);
    expect(board.map((r) => [r.title, r.stageId, r.version])).toEqual(
      ['R2', 'R1', 'R0'].map((title) => [title, stage('inbox').id, 3]),
    );
    expect(undone.after.map((r) => r.rank)).toEqual(rows.map((r) => r.rank));
    const undoEvents = (await repos.db.events.toArray()).filter(
      (e) => e.type === 'requirement.moved' && e.data.toStageId === stage('inbox').id,
    );
    expect(undoEvents).toHaveLength(3);

    // Redo, then someone edits one row: undoing again must change nothing.
    const redone = await repos.bulk.bulkRestore(
      moved.after,
      Object.fromEntries(undone.after.map((r) => [r.id, r.version])),
    );
    await repos.requirements.updateRequirement(ids[1]!, { title: 'Edited elsewhere' });
    await expect(
      repos.bulk.bulkRestore(moved.before, Object.fromEntries(redone.after.map((r) => [r.id, r.version]))),
    ).rejects.toMatchObject({ code: 'stale' });
    expect(
      (await repos.requirements.listBoardRequirements(product.id)).every((r) => r.stageId === stage('design').id),
    ).toBe(true);
  });
});
