// Month, quarter and week boundaries of the roadmap's timeline, on YYYY-MM-DD days.
// Computed in UTC so a daylight-saving change never turns one day into 23 or 25 hours;
// plain day arithmetic (addDays, daysBetween) is in domain/dates.ts.

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD day. */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function dayFromNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

function parts(day: string): [number, number, number] {
  return day.split('-').map(Number) as [number, number, number];
}

function ymd(y: number, m0: number, d: number): string {
  return new Date(Date.UTC(y, m0, d)).toISOString().slice(0, 10);
}

/** Adds calendar months; the day is clamped to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function shiftMonths(day: string, months: number): string {
  const [y, m, d] = parts(day);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return ymd(y, m - 1 + months, Math.min(d, lastDay));
}

export function startOfMonth(day: string): string {
  const [y, m] = parts(day);
  return ymd(y, m - 1, 1);
}

/** First day of the period of `months` months (3: quarter, 6: half-year) that contains `day`. */
export function startOfPeriod(day: string, months: 1 | 3 | 6): string {
  const [y, m] = parts(day);
  return ymd(y, Math.floor((m - 1) / months) * months, 1);
}

export function startOfQuarter(day: string): string {
  return startOfPeriod(day, 3);
}

/** Monday of the ISO week containing `day`. */
export function startOfWeek(day: string): string {
  const n = dayNumber(day);
  // 1970-01-01 was a Thursday: (n + 3) % 7 is 0 on Mondays.
  const weekday = (((n + 3) % 7) + 7) % 7;
  return dayFromNumber(n - weekday);
}

export function monthIndex(day: string): { year: number; month: number } {
  const [y, m] = parts(day);
  return { year: y, month: m };
}
