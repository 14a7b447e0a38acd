import { describe, expect, it } from 'vitest';
import { daysBetween, shiftDays, shiftMonths, startOfPeriod, startOfWeek } from './days';

describe('calendar days', () => {
  it('counts days across a daylight-saving change and a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-31')).toBe(32);
    expect(shiftDays('2024-02-28', 1)).toBe('2024-02-29');
  });
  it('clamps a month shift to the length of the target month', () => {
    expect(shiftMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(shiftMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(shiftMonths('2026-01-15', -1)).toBe('2025-12-15');
  });
  it('finds the start of a quarter, a half-year and an ISO week', () => {
    expect(startOfPeriod('2026-08-20', 3)).toBe('2026-07-01');
    expect(startOfPeriod('2026-08-20', 6)).toBe('2026-07-01');
    expect(startOfPeriod('2026-05-20', 6)).toBe('2026-01-01');
    expect(startOfWeek('2026-05-14')).toBe('2026-05-11'); // a Thursday → its Monday
    expect(startOfWeek('2026-05-11')).toBe('2026-05-11');
    expect(startOfWeek('2026-05-17')).toBe('2026-05-11'); // Sunday belongs to the week before
  });
});
