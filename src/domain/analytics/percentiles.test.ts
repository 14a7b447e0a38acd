import { describe, expect, it } from 'vitest';
import { flowPercentiles, percentile } from './percentiles';

describe('nearest-rank percentiles', () => {
  it('picks the value at rank ⌈p × n⌉ of the sorted list', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(flowPercentiles(values)).toEqual({ 50: 10, 85: 17, 95: 19 });
  });

  it('always returns an observed value, and null for no values', () => {
    expect(percentile([3, 9], 50)).toBe(3);
    expect(percentile([3, 9], 51)).toBe(9);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});
