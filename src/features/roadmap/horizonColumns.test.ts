import { describe, expect, it } from 'vitest';
import { makeInitiative } from '../../domain/roadmap/testing';
import { groupByHorizon, horizonDropTarget } from './horizonColumns';

const TODAY = '2026-05-14';
const rows = [
  makeInitiative({ id: 'a', horizon: 'now', rank: 'a2' }),
  makeInitiative({ id: 'b', horizon: 'now', rank: 'a1' }),
  makeInitiative({ id: 'c', horizon: 'later', rank: 'a0', start: '2026-05-01', end: '2026-06-01' }),
  makeInitiative({ id: 'd', horizon: 'next', rank: 'a3' }),
];

describe('groupByHorizon', () => {
  it('puts dated initiatives by their dates and undated ones by their horizon, ordered by rank', () => {
    const columns = groupByHorizon(rows, TODAY);
    expect(columns.now.map((i) => i.id)).toEqual(['c', 'b', 'a']);
    expect(columns.next.map((i) => i.id)).toEqual(['d']);
    expect(columns.later).toEqual([]);
  });
});

describe('horizonDropTarget', () => {
  const columns = groupByHorizon(rows, TODAY);
  it('drops at the end of a column', () => {
    expect(horizonDropTarget(columns, 'd', 'now')).toEqual({ horizon: 'now', index: 3 });
  });
  it('drops in the place of the initiative it is over', () => {
    expect(horizonDropTarget(columns, 'd', 'b')).toEqual({ horizon: 'now', index: 1 });
    expect(horizonDropTarget(columns, 'c', 'a')).toEqual({ horizon: 'now', index: 2 });
  });
  it('does nothing when dropped on itself', () => {
    expect(horizonDropTarget(columns, 'c', 'c')).toBeNull();
  });
});
