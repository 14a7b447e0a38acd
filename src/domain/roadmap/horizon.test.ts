import { describe, expect, it } from 'vitest';
import { horizonOf, horizonOfDates } from './horizon';

// Today is in Q2 2026 (April–June); next quarter is Q3 (July–September).
const TODAY = '2026-05-14';

describe('horizonOfDates', () => {
  it('puts an initiative that started in the past, even long finished, in Now', () => {
    expect(horizonOfDates('2025-11-01', TODAY)).toBe('now');
  });
  it('puts one starting later this quarter in Now, up to its last day', () => {
    expect(horizonOfDates('2026-06-30', TODAY)).toBe('now');
  });
  it('puts one starting in the following quarter in Next, from its first to its last day', () => {
    expect(horizonOfDates('2026-07-01', TODAY)).toBe('next');
    expect(horizonOfDates('2026-09-30', TODAY)).toBe('next');
  });
  it('puts one starting after the following quarter in Later', () => {
    expect(horizonOfDates('2026-10-01', TODAY)).toBe('later');
  });
  it('rolls over the year end: from Q4, next quarter is Q1 of the next year', () => {
    expect(horizonOfDates('2027-02-01', '2026-11-20')).toBe('next');
    expect(horizonOfDates('2027-04-01', '2026-11-20')).toBe('later');
  });
});

describe('horizonOf', () => {
  it('follows the dates of a dated initiative whatever horizon is stored', () => {
    expect(horizonOf({ start: '2026-12-01', horizon: 'now' }, TODAY)).toBe('later');
  });
  it('uses the stored horizon of an undated one', () => {
    expect(horizonOf({ start: null, horizon: 'next' }, TODAY)).toBe('next');
  });
});
