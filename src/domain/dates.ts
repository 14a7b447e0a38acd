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

export function addDays(day: string, days: number): string {
  const date = dateOfDay(day);
  date.setDate(date.getDate() + days);
  return dayOf(date);
}
