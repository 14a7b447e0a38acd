// A YYYY-MM-DD day as people read it ("Mar 7", "3月7日"). Formatted in UTC on
// the day's UTC midnight, so no time zone can shift it to a neighbouring day.
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.parse(day));
}
