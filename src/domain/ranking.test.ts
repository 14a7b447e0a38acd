import { describe, expect, it } from 'vitest';
import { compareRanks, rankAtIndex, rankBetween, ranksAfter } from './ranking';

describe('rankBetween', () => {
  it('places a key strictly between two keys', () => {
    const [a, b] = ranksAfter(null, 2) as [string, string];
    const mid = rankBetween(a, b);
    expect(compareRanks(a, mid)).toBe(-1);
    expect(compareRanks(mid, b)).toBe(-1);
  });

  it('places a key before the first and after the last', () => {
    const [a, b] = ranksAfter(null, 2) as [string, string];
    expect(compareRanks(rankBetween(null, a), a)).toBe(-1);
    expect(compareRanks(b, rankBetween(b, null))).toBe(-1);
  });

  it('keeps order and short keys after 1,000 inserts at the top', () => {
    let first: string | null = null;
    const inserted: string[] = [];
    for (let i = 0; i < 1000; i++) {
      first = rankBetween(null, first);
      inserted.unshift(first);
    }
    expect([...inserted].sort(compareRanks)).toEqual(inserted);
    expect(Math.max(...inserted.map((k) => k.length))).toBeLessThan(12);
  });

  it('keeps order after 1,000 inserts at one spot in the middle', () => {
    const [a, b] = ranksAfter(null, 2) as [string, string];
    let upper = b;
    const inserted: string[] = [];
    for (let i = 0; i < 1000; i++) {
      upper = rankBetween(a, upper);
      inserted.unshift(upper);
    }
    const all = [a, ...inserted, b];
    expect([...all].sort(compareRanks)).toEqual(all);
    expect(new Set(all).size).toBe(all.length);
  });

  it('throws when asked for a key between a key and a smaller one', () => {
    const [a, b] = ranksAfter(null, 2) as [string, string];
    expect(() => rankBetween(b, a)).toThrow();
  });
});

describe('rankAtIndex', () => {
  const ranks = ranksAfter(null, 3);
  it.each([0, 1, 2, 3])('lands at index %i', (index) => {
    const rank = rankAtIndex(ranks, index);
    const sorted = [...ranks, rank].sort(compareRanks);
    expect(sorted.indexOf(rank)).toBe(index);
  });

  it('clamps an index past the end to the end', () => {
    const rank = rankAtIndex(ranks, 99);
    expect(compareRanks(ranks.at(-1) as string, rank)).toBe(-1);
  });

  it('lands after a tie that two tabs wrote at the same spot', () => {
    const [a, b] = ranksAfter(null, 2) as [string, string];
    const rank = rankAtIndex([a, a, b], 1);
    expect(compareRanks(a, rank)).toBe(-1);
    expect(compareRanks(rank, b)).toBe(-1);
  });

  it('ranks into an empty column', () => {
    expect(rankAtIndex([], 0)).toMatch(/^[0-9A-Za-z]+$/);
  });
});
