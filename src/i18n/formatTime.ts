// Months, instants and relative times, from format.ts's cache; apart from it
// because only lazily loaded views show them (start-up JS budget).
import { dateOfDay } from '../domain/dates';
import { cached, dateFormat } from './format';

/** The month of a day with its year: "Nov 2026", "2026年11月". */
export function formatMonth(day: string, locale: string): string {
  return dateFormat(locale, { month: 'short', year: 'numeric' }).format(dateOfDay(day));
}

/** The month's short name alone: "Nov", "11月". */
export function formatMonthName(day: string, locale: string): string {
  return dateFormat(locale, { month: 'short' }).format(dateOfDay(day));
}

/** An instant (ISO string, Date or epoch ms) as date and time in the reader's zone; `timeZone` is for tests. */
export function formatDateTime(at: string | number | Date, locale: string, timeZone?: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(at));
}

/** "3 hours ago", "yesterday", "now". */
export function formatRelative(value: number, unit: Intl.RelativeTimeFormatUnit, locale: string): string {
  const options = { numeric: 'auto' } as const;
  return cached('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options)).format(value, unit);
}
