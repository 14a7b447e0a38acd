// The time axis of the timeline: columns of months, quarters or halves that
// cover the export's date range, with labels in the export's language.
import { addMonths, differenceInCalendarDays } from 'date-fns';
import type { ExportOptions } from '../types';
import { fill, type ExportLabels } from './labels';

export interface Period {
  /** First day, and the first day after the period (exclusive). */
  start: string;
  end: string;
  label: string;
  /** The year the period belongs to, shown in the header's upper band. */
  year: number;
}

const MONTHS_PER: Record<ExportOptions['zoom'], number> = { month: 1, quarter: 3, half: 6 };

export function parseDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export function formatDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Calendar days from `a` to `b` (b - a), immune to daylight-saving shifts. */
export function daysBetween(a: string, b: string): number {
  return differenceInCalendarDays(parseDay(b), parseDay(a));
}

export function addDay(day: string, days: number): string {
  const date = parseDay(day);
  date.setDate(date.getDate() + days);
  return formatDay(date);
}

export function periodsFor(
  from: string,
  to: string,
  zoom: ExportOptions['zoom'],
  locale: ExportOptions['locale'],
  labels: ExportLabels,
): Period[] {
  const step = MONTHS_PER[zoom];
  const first = parseDay(from);
  let cursor = new Date(first.getFullYear(), Math.floor(first.getMonth() / step) * step, 1);
  const last = parseDay(to);
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short' });
  const periods: Period[] = [];
  // A guard against a reversed or absurd range: at most 20 years of columns.
  while (cursor <= last && periods.length < 240) {
    const next = addMonths(cursor, step);
    const year = cursor.getFullYear();
    const index = Math.floor(cursor.getMonth() / step) + 1;
    const label =
      zoom === 'month'
        ? monthName.format(cursor)
        : fill(zoom === 'quarter' ? labels.quarter : labels.half, { year, quarter: index, half: index });
    periods.push({ start: formatDay(cursor), end: formatDay(next), label, year });
    cursor = next;
  }
  return periods;
}

/** The dialog's default range: the current quarter's first day to a year later. */
export function defaultExportRange(today: string): { from: string; to: string } {
  const date = parseDay(today);
  const start = new Date(date.getFullYear(), Math.floor(date.getMonth() / 3) * 3, 1);
  const end = addMonths(start, 12);
  end.setDate(end.getDate() - 1);
  return { from: formatDay(start), to: formatDay(end) };
}
