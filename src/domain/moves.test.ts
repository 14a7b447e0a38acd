import { describe, expect, it } from 'vitest';
import { checkWipForEntry, rankForDrop, wipState } from './moves';
import { compareRanks, ranksAfter } from './ranking';

const ranks = ranksAfter(null, 4);
const column = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, rank: ranks[i] as string }));

function orderAfter(movingId: string, rank: string): string[] {
  return column
    .map((item) => (item.id === movingId ? { ...item, rank } : item))
    .sort((x, y) => compareRanks(x.rank, y.rank))
    .map((item) => item.id);
}

describe('rankForDrop', () => {
  it('moves an item down within its own column', () => {
    expect(orderAfter('a', rankForDrop(column, 'a', 2))).toEqual(['b', 'c', 'a', 'd']);
  });

  it('moves an item to the top of its own column', () => {
    expect(orderAfter('d', rankForDrop(column, 'd', 0))).toEqual(['d', 'a', 'b', 'c']);
  });

  it('places an item from another column at the given index', () => {
    const rank = rankForDrop(column, 'x', 1);
    const ids = [...column, { id: 'x', rank }].sort((p, q) => compareRanks(p.rank, q.rank)).map((i) => i.id);
    expect(ids).toEqual(['a', 'x', 'b', 'c', 'd']);
  });

  it('does not depend on the column being sorted', () => {
    const shuffled = [column[2], column[0], column[3], column[1]] as typeof column;
    expect(orderAfter('a', rankForDrop(shuffled, 'a', 3))).toEqual(['b', 'c', 'd', 'a']);
  });
});

describe('WIP rules', () => {
  it('allows entry below the limit', () => {
    expect(checkWipForEntry({ wipLimit: 3, wipMode: 'block' }, 2, false)).toEqual({ kind: 'ok' });
  });

  it('blocks entry into a full stage in block mode', () => {
    expect(checkWipForEntry({ wipLimit: 3, wipMode: 'block' }, 3, false)).toEqual({ kind: 'block', limit: 3 });
  });

  it('warns instead of blocking in warn mode', () => {
    expect(checkWipForEntry({ wipLimit: 3, wipMode: 'warn' }, 3, false)).toEqual({ kind: 'warn', limit: 3 });
  });

  it('always allows reordering inside a full stage', () => {
    expect(checkWipForEntry({ wipLimit: 3, wipMode: 'block' }, 5, true)).toEqual({ kind: 'ok' });
  });

  it('has no opinion without a limit', () => {
    expect(checkWipForEntry({ wipLimit: null, wipMode: 'block' }, 100, false)).toEqual({ kind: 'ok' });
  });

  it('shows a column as over only past its limit', () => {
    expect(wipState(2, 3)).toBe('within');
    expect(wipState(3, 3)).toBe('at');
    expect(wipState(4, 3)).toBe('over');
    expect(wipState(4, null)).toBe('none');
  });
});
