// Small text helpers of the evidence views.

/** The start of a long text, for accessible names that must tell items apart without reading a whole quote. */
export function shortText(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day (YYYY-MM-DD) in the reader's language, without time-zone shifts. */
export function formatDay(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    formats.set(locale, format);
  }
  return format.format(new Date(y, m - 1, d));
}
