import { describe, expect, it } from 'vitest';
import { formatScoreValue } from './format';

describe('formatScoreValue', () => {
  it('shows about three significant digits', () => {
    expect(formatScoreValue(200)).toBe('200');
    expect(formatScoreValue(1234.5)).toBe('1235');
    expect(formatScoreValue(42.25)).toBe('42.3');
    expect(formatScoreValue(10 / 3)).toBe('3.33');
    expect(formatScoreValue(4)).toBe('4');
    expect(formatScoreValue(0.125)).toBe('0.13');
  });

  it('shows zero as 0, never -0 or 0.00', () => {
    expect(formatScoreValue(0)).toBe('0');
    expect(formatScoreValue(-0.001)).toBe('0');
  });
});
