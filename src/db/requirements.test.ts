import { describe, expect, it } from 'vitest';
import { rankForDrop } from '../domain/moves';
import { CairnWriteError } from '../domain/errors';
import { openProductWithStages } from './testing/testDb';

describe('a fresh product', () => {
  it('gets the seven-stage default lifecycle in order', async () => {
    const { stages } = await openProductWithStages();
    expect(stages.map((s) => s.key)).toEqual([
      'inbox',
      'analysis',
      'design',
      'development',
      'testing',
      'released',
      'review',
    ]);
    expect(stages.every((s) => s.name === null && s.wipLimit === null)).toBe(true);
  });
});

describe('createRequirement', () => {
  it('adds at the top of the stage and logs a created event', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const inbox = byKey('inbox');
    const first = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'First' });
    const second = await repos.requirements.createRequirement(product.id, inbox.id, { title: '  Second  ' });
    const board = await repos.requirements.listBoardRequirements(product.id);
    expect(board.map((r) => r.title)).toEqual(['Second', 'First']);
    expect(second.id).not.toBe(first.id);
    const events = await repos.db.events.where('entityId').equals(first.id).toArray();
    expect(events.map((e) => e.type)).toEqual(['requirement.created']);
  });

  it('refuses an empty title and writes nothing', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const before = await repos.db.events.count();
    await expect(
      repos.requirements.createRequirement(product.id, byKey('inbox').id, { title: '   ' }),
    ).rejects.toBeInstanceOf(CairnWriteError);
    expect(await repos.db.requirements.count()).toBe(0);
    expect(await repos.db.events.count()).toBe(before);
  });
});

describe('moveRequirement', () => {
  it('writes exactly the moved requirement and one event', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const inbox = byKey('inbox');
    const analysis = byKey('analysis');
    const a = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'A' });
    const b = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'B' });

    const changes: string[] = [];
    repos.db.requirements.hook('updating', (_mods, key) => void changes.push(`requirements:${String(key)}`));
    repos.db.requirements.hook('creating', (key) => void changes.push(`requirements+:${String(key)}`));
    repos.db.events.hook('creating', (_key, obj) => void changes.push(`events+:${obj.type}`));

    await repos.requirements.moveRequirement(a.id, analysis.id, rankForDrop([], a.id, 0));

    expect(changes).toEqual([`requirements:${a.id}`, 'events+:requirement.moved']);
    const moved = await repos.requirements.getRequirement(a.id);
    expect(moved?.stageId).toBe(analysis.id);
    expect(moved?.version).toBe(2);
    const untouched = await repos.requirements.getRequirement(b.id);
    expect(untouched?.version).toBe(1);
    const [moveEvent] = await repos.db.events
      .where({ entityId: a.id })
      .filter((e) => e.type === 'requirement.moved')
      .toArray();
    expect(moveEvent?.data).toMatchObject({ fromStageId: inbox.id, toStageId: analysis.id });
  });

  it('reorders within a stage without touching the others', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const inbox = byKey('inbox');
    for (const title of ['C', 'B', 'A']) await repos.requirements.createRequirement(product.id, inbox.id, { title });
    const board = await repos.requirements.listBoardRequirements(product.id);
    const a = board[0];
    if (!a) throw new Error('missing');
    await repos.requirements.moveRequirement(a.id, inbox.id, rankForDrop(board, a.id, 2));
    const after = await repos.requirements.listBoardRequirements(product.id);
    expect(after.map((r) => r.title)).toEqual(['B', 'C', 'A']);
    expect(after.filter((r) => r.version > 1).map((r) => r.title)).toEqual(['A']);
  });

  it('refuses a move into a stage at a blocking WIP limit and writes nothing', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const analysis = byKey('analysis');
    await repos.stages.updateStage(analysis.id, { wipLimit: 1, wipMode: 'block' });
    await repos.requirements.createRequirement(product.id, analysis.id, { title: 'Already here' });
    const mover = await repos.requirements.createRequirement(product.id, byKey('inbox').id, { title: 'Mover' });
    const eventsBefore = await repos.db.events.count();

    const attempt = repos.requirements.moveRequirement(mover.id, analysis.id, rankForDrop([], mover.id, 0));
    await expect(attempt).rejects.toMatchObject({ code: 'wipBlocked' });

    expect((await repos.requirements.getRequirement(mover.id))?.stageId).toBe(byKey('inbox').id);
    expect(await repos.db.events.count()).toBe(eventsBefore);
  });

  it('refuses a create into a stage at a blocking WIP limit and writes nothing', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const analysis = byKey('analysis');
    await repos.stages.updateStage(analysis.id, { wipLimit: 1, wipMode: 'block' });
    await repos.requirements.createRequirement(product.id, analysis.id, { title: 'Already here' });
    const rowsBefore = await repos.db.requirements.count();
    const eventsBefore = await repos.db.events.count();

    await expect(
      repos.requirements.createRequirement(product.id, analysis.id, { title: 'One too many' }),
    ).rejects.toMatchObject({ code: 'wipBlocked' });

    expect(await repos.db.requirements.count()).toBe(rowsBefore);
    expect(await repos.db.events.count()).toBe(eventsBefore);
  });

  it('refuses a restore from trash into a stage at a blocking WIP limit and writes nothing', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const analysis = byKey('analysis');
    const trashed = await repos.requirements.createRequirement(product.id, analysis.id, { title: 'Trashed' });
    await repos.requirements.deleteRequirement(trashed.id);
    await repos.stages.updateStage(analysis.id, { wipLimit: 1, wipMode: 'block' });
    await repos.requirements.createRequirement(product.id, analysis.id, { title: 'Took its place' });
    const eventsBefore = await repos.db.events.count();

    await expect(repos.requirements.restoreRequirement(trashed.id)).rejects.toMatchObject({ code: 'wipBlocked' });

    expect((await repos.requirements.getRequirement(trashed.id))?.state).toBe('deleted');
    expect(await repos.db.events.count()).toBe(eventsBefore);
  });

  it('refuses a replay on a stale version', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const row = await repos.requirements.createRequirement(product.id, byKey('inbox').id, {
      title: 'Edited elsewhere',
    });
    await repos.requirements.archiveRequirement(row.id);
    await expect(repos.requirements.restoreRequirement(row.id, { ifVersion: row.version })).rejects.toMatchObject({
      code: 'stale',
    });
  });

  it('lets a move past a warning WIP limit through', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const analysis = byKey('analysis');
    await repos.stages.updateStage(analysis.id, { wipLimit: 1, wipMode: 'warn' });
    await repos.requirements.createRequirement(product.id, analysis.id, { title: 'Already here' });
    const mover = await repos.requirements.createRequirement(product.id, byKey('inbox').id, { title: 'Mover' });
    await repos.requirements.moveRequirement(mover.id, analysis.id, rankForDrop([], mover.id, 0));
    expect(await repos.stages.countRequirements(product.id, analysis.id)).toBe(2);
  });

  it('leaves nothing written when the transaction fails part-way', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const mover = await repos.requirements.createRequirement(product.id, byKey('inbox').id, { title: 'Mover' });
    const eventsBefore = await repos.db.events.count();
    repos.db.events.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(repos.requirements.moveRequirement(mover.id, byKey('review').id, 'a0')).rejects.toThrow('disk full');
    const row = await repos.requirements.getRequirement(mover.id);
    expect(row?.stageId).toBe(byKey('inbox').id);
    expect(row?.version).toBe(1);
    expect(await repos.db.events.count()).toBe(eventsBefore);
  });
});

describe('updateRequirement', () => {
  it('writes only changed fields and records which', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const r = await repos.requirements.createRequirement(product.id, byKey('inbox').id, { title: 'Old' });
    const next = await repos.requirements.updateRequirement(r.id, { title: 'New', priority: 'P2' });
    expect(next?.title).toBe('New');
    const [edit] = await repos.db.events
      .where({ entityId: r.id })
      .filter((e) => e.type === 'requirement.edited')
      .toArray();
    expect(edit?.data).toEqual({ fields: ['title'], changes: { title: { from: 'Old', to: 'New' } } });
  });

  it('does not write when nothing changed', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const r = await repos.requirements.createRequirement(product.id, byKey('inbox').id, { title: 'Same' });
    expect(await repos.requirements.updateRequirement(r.id, { title: 'Same' })).toBeNull();
    expect((await repos.requirements.getRequirement(r.id))?.version).toBe(1);
  });

  it('rejects an invalid due date with a message naming the field', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const r = await repos.requirements.createRequirement(product.id, byKey('inbox').id, { title: 'Dated' });
    await expect(repos.requirements.updateRequirement(r.id, { dueDate: '31/12/2026' })).rejects.toThrow(/dueDate/);
  });
});

describe('delete, archive and restore', () => {
  it('soft-deletes off the board and restores in place', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const r = await repos.requirements.createRequirement(product.id, byKey('inbox').id, { title: 'Gone soon' });
    await repos.requirements.deleteRequirement(r.id);
    expect(await repos.requirements.listBoardRequirements(product.id)).toEqual([]);
    expect((await repos.requirements.getRequirement(r.id))?.state).toBe('deleted');
    await repos.requirements.restoreRequirement(r.id);
    expect((await repos.requirements.listBoardRequirements(product.id)).map((x) => x.id)).toEqual([r.id]);
  });

  it('archives off the board', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const r = await repos.requirements.createRequirement(product.id, byKey('inbox').id, { title: 'Done with' });
    await repos.requirements.archiveRequirement(r.id);
    expect(await repos.requirements.listBoardRequirements(product.id)).toEqual([]);
    expect((await repos.requirements.getRequirement(r.id))?.state).toBe('archived');
  });
});

describe('listFirstScreen', () => {
  it('reads the top cards of each stage and every stage’s full count', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const inbox = byKey('inbox');
    const analysis = byKey('analysis');
    for (let i = 1; i <= 5; i++)
      await repos.requirements.createRequirement(product.id, inbox.id, { title: `Inbox ${i}` });
    await repos.requirements.createRequirement(product.id, analysis.id, { title: 'Analysis 1' });
    const archived = await repos.requirements.createRequirement(product.id, analysis.id, { title: 'Archived' });
    await repos.requirements.archiveRequirement(archived.id);

    const first = await repos.requirements.listFirstScreen(product.id, [inbox.id, analysis.id, byKey('design').id], 2);
    // Newest first in the inbox (quick add puts cards on top), only two of five read.
    expect(first.rows.map((r) => r.title)).toEqual(['Inbox 5', 'Inbox 4', 'Analysis 1']);
    expect(first.counts).toEqual({ [inbox.id]: 5, [analysis.id]: 1, [byKey('design').id]: 0 });
  });
});

describe('version guard (undo and redo)', () => {
  it('replays a move only on the row it saw, and never over a newer change', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const created = await repos.requirements.createRequirement(product.id, byKey('inbox').id, { title: 'Guarded' });
    const moved = await repos.requirements.moveRequirement(created.id, byKey('analysis').id, 'a0');
    // Undo of that move, as the history records it: back where it was, if nothing wrote the row since.
    const back = await repos.requirements.moveRequirement(created.id, created.stageId, created.rank, {
      ifVersion: moved.version,
    });
    expect(back.stageId).toBe(byKey('inbox').id);

    await repos.requirements.updateRequirement(created.id, { title: 'Edited meanwhile' });
    const eventsBefore = await repos.db.events.count();
    const stale = await repos.requirements
      .moveRequirement(created.id, byKey('analysis').id, 'a0', { ifVersion: back.version })
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(CairnWriteError);
    expect((stale as CairnWriteError).code).toBe('stale');
    expect((await repos.db.requirements.get(created.id))?.stageId).toBe(byKey('inbox').id);
    expect(await repos.db.events.count()).toBe(eventsBefore);
  });

  it('guards delete and restore the same way', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const created = await repos.requirements.createRequirement(product.id, byKey('inbox').id, { title: 'Trash me' });
    const deleted = await repos.requirements.deleteRequirement(created.id, { ifVersion: created.version });
    expect(deleted.state).toBe('deleted');
    await expect(
      repos.requirements.restoreRequirement(created.id, { ifVersion: created.version }),
    ).rejects.toMatchObject({ code: 'stale' });
    expect((await repos.requirements.restoreRequirement(created.id, { ifVersion: deleted.version })).state).toBe(
      'active',
    );
  });
});
