// Number and date formatting shared by the iteration components.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDay(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(y, m - 1, d));
}

export function formatPoints(points: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(points);
}
