// Calendar days as YYYY-MM-DD strings in the user's local calendar: today from the local
// clock, and day arithmetic (the one addDays and daysBetween). The arithmetic runs in UTC,
// so a daylight-saving change never turns a day into 23 or 25 hours. Month, quarter and week
// boundaries for the roadmap are in roadmap/days.ts; this module stays small because the
// board's start-up bundle carries it.

/** Today's calendar day in the user's time zone, as YYYY-MM-DD. */
export function dayOf(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** A moment as the user's local 'YYYY-MM-DD HH:mm' (exports: a spreadsheet cell, not a sentence). */
export function dateTimeOf(date: Date): string {
  return `${dayOf(date)} ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** A due day is overdue once the day has passed (due today is not overdue). */
export function isOverdue(dueDate: string | null, today: string): boolean {
  return dueDate !== null && dueDate < today;
}

/** Local midnight of a YYYY-MM-DD day. */
export function dateOfDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** Whole calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcOf(b) - utcOf(a)) / 86_400_000);
}

function utcOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** `day` moved by whole calendar days (negative: earlier). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
