// A YYYY-MM-DD day as people read it ("Mar 7", "3月7日"; with the year when
// asked, for forecasts that may land next year). Formatted in UTC on the day's
// UTC midnight, so no time zone can shift it to a neighbouring day.
export function formatDay(day: string, locale: string, withYear = false): string {
  const options: Intl.DateTimeFormatOptions = {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
    ...(withYear ? { year: 'numeric' } : {}),
  };
  return new Intl.DateTimeFormat(locale, options).format(Date.parse(day));
}
