import { describe, expect, it } from 'vitest';
import { makeRequirement } from '../../domain/roadmap/testing';
import type { Requirement } from '../../domain/types';
import { countsWithPending, groupByStage, settledMoves } from './columns';

function requirement(id: string, stageId: string, rank: string): Requirement {
  return makeRequirement({ id, stageId, rank });
}

const rows = [requirement('a', 's1', 'a0'), requirement('b', 's1', 'a1'), requirement('c', 's2', 'a0')];

describe('groupByStage', () => {
  it('groups ranked rows by stage and keeps empty stages', () => {
    const columns = groupByStage(['s1', 's2', 's3'], rows, {});
    expect(columns.s1?.map((r) => r.id)).toEqual(['a', 'b']);
    expect(columns.s3).toEqual([]);
  });

  it('shows a pending move where it was dropped before the database confirms it', () => {
    const columns = groupByStage(['s1', 's2'], rows, { a: { stageId: 's2', rank: 'a1' } });
    expect(columns.s1?.map((r) => r.id)).toEqual(['b']);
    expect(columns.s2?.map((r) => r.id)).toEqual(['c', 'a']);
  });

  it('forgets a pending move once the database shows it', () => {
    expect(settledMoves(rows, { a: { stageId: 's2', rank: 'a1' } })).toEqual([]);
    const written = [requirement('a', 's2', 'a1'), ...rows.slice(1)];
    expect(settledMoves(written, { a: { stageId: 's2', rank: 'a1' } })).toEqual(['a']);
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
