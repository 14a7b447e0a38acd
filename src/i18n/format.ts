// The one set of Intl formatters, built once per locale and options: building a
// formatter costs far more than formatting, and one place keeps every view's
// dates and numbers alike. This file ships at start-up (the board's cards and
// counts); months, instants and relative times are in formatTime.ts, lists,
// plurals and sorting in formatText.ts, loaded with the views that use them.
import { dateOfDay } from '../domain/dates';

/** short: "Nov 27"; medium: "Nov 27, 2026"; long: "Fri, November 27, 2026". */
export type DayStyle = 'short' | 'medium' | 'long';

const DAY_OPTIONS: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  short: { month: 'short', day: 'numeric' },
  medium: { dateStyle: 'medium' },
  long: { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' },
};

type Formatter =
  | Intl.DateTimeFormat
  | Intl.NumberFormat
  | Intl.RelativeTimeFormat
  | Intl.ListFormat
  | Intl.PluralRules
  | Intl.Collator;
const cache = new Map<string, Formatter>();

/** The formatter cached under `kind`, `locale` and `options`, built on first use. */
export function cached<F extends Formatter>(kind: string, locale: string, options: object, build: () => F): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as F | undefined;
  if (!format) cache.set(key, (format = build()));
  return format;
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** A calendar day (YYYY-MM-DD) in the reader's language: its local midnight, in the local zone, is always that day. */
export function formatDay(day: string, locale: string, style: DayStyle = 'medium'): string {
  return dateFormat(locale, DAY_OPTIONS[style]).format(dateOfDay(day));
}

/** A count with the locale's grouping; `fractionDigits` caps the decimals. */
export function formatNumber(value: number, locale: string, fractionDigits?: number): string {
  return numberFormat(locale, fractionDigits === undefined ? {} : { maximumFractionDigits: fractionDigits }).format(
    value,
  );
}

/** A ratio (0.42) as a whole percentage: "42%". */
export function formatPercent(ratio: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}
