import { afterEach, describe, expect, it } from 'vitest';
import { addDays, dayOf, daysBetween } from './dates';
import { shiftMonths, startOfPeriod, startOfWeek } from './roadmap/days';

describe('calendar days', () => {
  it('counts days across a daylight-saving change and a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-31')).toBe(32);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
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

describe('calendar days around midnight and daylight saving', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('reads today from the local clock, a minute either side of midnight', () => {
    process.env.TZ = 'Asia/Shanghai';
    expect(dayOf(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(dayOf(new Date(2027, 0, 1, 0, 1))).toBe('2027-01-01');
  });

  it('counts the days of a week that springs forward or falls back as seven', () => {
    process.env.TZ = 'Europe/Berlin';
    expect(daysBetween('2026-03-27', '2026-04-03')).toBe(7);
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(daysBetween('2026-10-23', '2026-10-30')).toBe(7);
    expect(addDays('2026-10-25', -1)).toBe('2026-10-24');
  });

  it('adds days across the end of a month and a leap day', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
