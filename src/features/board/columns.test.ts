import { describe, expect, it } from 'vitest';
import { boardRowsOf } from '../../domain/boardRows';
import { makeRequirement } from '../../domain/roadmap/testing';
import type { Requirement } from '../../domain/types';
import { countsWithPending, settledMoves, withPending } from './columns';

function requirement(id: string, stageId: string, rank: string): Requirement {
  return makeRequirement({ id, stageId, rank });
}

const rows = [requirement('a', 's1', 'a0'), requirement('b', 's1', 'a1'), requirement('c', 's2', 'a0')];
const board = boardRowsOf(rows);
const ids = (column: readonly Requirement[] | undefined) => column?.map((r) => r.id);

describe('withPending', () => {
  it('gives every stage a column in board order, empty ones included, and leaves out unknown stages', () => {
    const { columns, byId } = withPending(['s1', 's3'], board, {});
    expect(ids(columns.s1)).toEqual(['a', 'b']);
    expect(columns.s3).toEqual([]);
    expect(columns.s2).toBeUndefined();
    expect(byId).toBe(board.byId);
  });

  it('shows a pending move where it was dropped before the database confirms it', () => {
    const { columns, byId } = withPending(['s1', 's2'], board, { a: { stageId: 's2', rank: 'a1' } });
    expect(ids(columns.s1)).toEqual(['b']);
    expect(ids(columns.s2)).toEqual(['c', 'a']);
    expect(byId.get('a')?.stageId).toBe('s2');
    // The watched rows themselves are left as the database has them.
    expect(ids(board.columns.s1)).toEqual(['a', 'b']);
    expect(board.byId.get('a')?.stageId).toBe('s1');
  });

  it('reorders within a stage', () => {
    const { columns } = withPending(['s1', 's2'], board, { a: { stageId: 's1', rank: 'a2' } });
    expect(ids(columns.s1)).toEqual(['b', 'a']);
    expect(columns.s2).toBe(board.columns.s2);
  });

  it('forgets a pending move once the database shows it', () => {
    expect(settledMoves(board.byId, { a: { stageId: 's2', rank: 'a1' } })).toEqual([]);
    const written = boardRowsOf([requirement('a', 's2', 'a1'), ...rows.slice(1)]);
    expect(settledMoves(written.byId, { a: { stageId: 's2', rank: 'a1' } })).toEqual(['a']);
    expect(settledMoves(boardRowsOf(rows.slice(1)).byId, { a: { stageId: 's2', rank: 'a1' } })).toEqual(['a']);
  });
});

describe('countsWithPending', () => {
  it('moves one count with a card dragged before the whole board has loaded', () => {
    const counts = countsWithPending(['s1', 's2', 's3'], { s1: 40, s2: 7 }, rows, { a: { stageId: 's2', rank: 'a1' } });
    expect(counts).toEqual({ s1: 39, s2: 8, s3: 0 });
  });

  it('leaves counts alone for a reorder inside a stage', () => {
    expect(countsWithPending(['s1'], { s1: 40 }, rows, { b: { stageId: 's1', rank: 'Zz' } })).toEqual({ s1: 40 });
  });
});
