import { describe, expect, it } from 'vitest';
import { makeRequirement } from './roadmap/testing';
import type { Requirement } from './types';
import { boardRowsOf, withChanges, withoutRow, withRow } from './boardRows';

const row = (id: string, stageId: string, rank: string, over: Partial<Requirement> = {}) =>
  makeRequirement({ id, stageId, rank, ...over });
const ids = (column: readonly Requirement[] | undefined) => column?.map((r) => r.id);
const active = (r: Requirement) => r.state === 'active';

describe('board rows', () => {
  it('group rows by stage in board order: rank, then id for equal ranks', () => {
    const board = boardRowsOf([row('c', 's1', 'a1'), row('b', 's1', 'a0'), row('a', 's1', 'a1'), row('d', 's2', 'a0')]);
    expect(ids(board.columns.s1)).toEqual(['b', 'a', 'c']);
    expect(ids(board.columns.s2)).toEqual(['d']);
    expect(board.byId.size).toBe(4);
  });

  it('keep a row read twice once, in the column of the copy kept', () => {
    const board = boardRowsOf([row('a', 's1', 'a0'), row('b', 's1', 'a1'), row('a', 's2', 'a0', { version: 2 })]);
    expect(ids(board.columns.s1)).toEqual(['b']);
    expect(ids(board.columns.s2)).toEqual(['a']);
    expect(board.byId.get('a')?.version).toBe(2);
    expect(board.byId.size).toBe(2);
  });

  it('place and remove a row by its rank without touching the column given', () => {
    const column = boardRowsOf([row('a', 's', 'a0'), row('b', 's', 'a2'), row('c', 's', 'a4')]).columns.s ?? [];
    expect(ids(withRow(column, row('x', 's', 'a3')))).toEqual(['a', 'b', 'x', 'c']);
    expect(ids(withRow(column, row('x', 's', '0')))).toEqual(['x', 'a', 'b', 'c']);
    expect(ids(withoutRow(column, row('b', 's', 'a2')))).toEqual(['a', 'c']);
    // A stale rank (the row moved since) still finds the row by id.
    expect(ids(withoutRow(column, row('b', 's', 'zz')))).toEqual(['a', 'c']);
    expect(ids(column)).toEqual(['a', 'b', 'c']);
  });

  it('apply a move, an edit, an archive and a new row, copying only the columns they touch', () => {
    const before = boardRowsOf([
      row('a', 's1', 'a0'),
      row('b', 's1', 'a1'),
      row('c', 's2', 'a0'),
      row('d', 's3', 'a0'),
    ]);
    const after = withChanges(
      before,
      ['a', 'b', 'c', 'e', 'gone'],
      [
        row('a', 's2', 'a1'),
        row('b', 's1', 'a1', { title: 'Edited' }),
        row('c', 's2', 'a0', { state: 'archived' }),
        row('e', 's1', 'a5'),
        undefined,
      ],
      active,
    );
    expect(ids(after.columns.s1)).toEqual(['b', 'e']);
    expect(ids(after.columns.s2)).toEqual(['a']);
    expect(after.columns.s3).toBe(before.columns.s3);
    expect(after.byId.get('b')?.title).toBe('Edited');
    expect(after.byId.has('c')).toBe(false);
    expect(after.byId.size).toBe(4);
    // The board before is unchanged: React still holds it.
    expect(ids(before.columns.s1)).toEqual(['a', 'b']);
    expect(before.byId.size).toBe(4);
  });

  it('drop a row deleted from the database', () => {
    const before = boardRowsOf([row('a', 's1', 'a0')]);
    const after = withChanges(before, ['a'], [undefined], active);
    expect(after.columns.s1).toEqual([]);
    expect(after.byId.size).toBe(0);
  });
});
