// The time axis of the timeline: columns of months, quarters or halves that
// cover the export's date range, with labels in the export's language (from its labels).
import { addDays } from '../../dates';
import { monthIndex, shiftMonths, startOfPeriod } from '../days';
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

const MONTHS_PER: Record<ExportOptions['zoom'], 1 | 3 | 6> = { month: 1, quarter: 3, half: 6 };

export function periodsFor(from: string, to: string, zoom: ExportOptions['zoom'], labels: ExportLabels): Period[] {
  const step = MONTHS_PER[zoom];
  const periods: Period[] = [];
  // A guard against a reversed or absurd range: at most 20 years of columns.
  for (let cursor = startOfPeriod(from, step); cursor <= to && periods.length < 240;) {
    const next = shiftMonths(cursor, step);
    const { year, month } = monthIndex(cursor);
    const index = Math.floor((month - 1) / step) + 1;
    const label =
      zoom === 'month'
        ? (labels.months[month - 1] ?? String(month))
        : fill(zoom === 'quarter' ? labels.quarter : labels.half, { year, quarter: index, half: index });
    periods.push({ start: cursor, end: next, label, year });
    cursor = next;
  }
  return periods;
}

/** The dialog's default range: the current quarter's first day to a year later. */
export function defaultExportRange(today: string): { from: string; to: string } {
  const from = startOfPeriod(today, 3);
  return { from, to: addDays(shiftMonths(from, 12), -1) };
}
