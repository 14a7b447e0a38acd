import { describe, expect, it } from 'vitest';
import { leadTimeHistogram } from './histogram';

describe('lead-time histogram', () => {
  it('uses one-day bins from day 1 to the longest, empty days included', () => {
    expect(leadTimeHistogram([1, 3, 3])).toEqual([
      { from: 1, to: 1, count: 1 },
      { from: 2, to: 2, count: 0 },
      { from: 3, to: 3, count: 2 },
    ]);
  });

  it('widens the bins past 30 days so there are never more than 30', () => {
    const bins = leadTimeHistogram([1, 61, 90]);
    expect(bins).toHaveLength(30);
    expect(bins[0]).toEqual({ from: 1, to: 3, count: 1 });
    expect(bins.at(-1)).toEqual({ from: 88, to: 90, count: 1 });
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(3);
  });
});
