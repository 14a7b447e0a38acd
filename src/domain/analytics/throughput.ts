// Throughput: requirements finished per ISO week (Monday to Sunday, local
// calendar days), and per day for the forecast. A requirement counts once, in
// the week it last finished (see flowTimes.ts), so rework never counts twice.
import { addDays, daysBetween } from '../dates';
import { startOfWeek } from '../roadmap/days';
import { MAX_RANGE_DAYS } from './cumulativeFlow';
import type { FinishedRequirement } from './flowTimes';
import type { DayRange } from './types';

export interface WeekThroughput {
  /** Monday of the week. */
  week: string;
  finished: number;
}

/** Every week that overlaps the range, with the items finished inside the range in it. */
export function weeklyThroughput(finished: readonly FinishedRequirement[], range: DayRange): WeekThroughput[] {
  if (range.to < range.from) return [];
  const weeks: WeekThroughput[] = [];
  const byWeek = new Map<string, WeekThroughput>();
  for (
    let week = startOfWeek(range.from);
    week <= range.to && weeks.length * 7 < MAX_RANGE_DAYS;
    week = addDays(week, 7)
  ) {
    const entry = { week, finished: 0 };
    weeks.push(entry);
    byWeek.set(week, entry);
  }
  for (const item of finished) {
    if (item.doneDay < range.from || item.doneDay > range.to) continue;
    const entry = byWeek.get(startOfWeek(item.doneDay));
    if (entry) entry.finished += 1;
  }
  return weeks;
}

/** Items finished on each day of the range, in day order (days with none are 0: they are part of the history). */
export function dailyThroughput(finished: readonly FinishedRequirement[], range: DayRange): number[] {
  const length = Math.min(MAX_RANGE_DAYS, daysBetween(range.from, range.to) + 1);
  if (length <= 0) return [];
  const counts = new Array<number>(length).fill(0);
  for (const item of finished) {
    const i = daysBetween(range.from, item.doneDay);
    if (i >= 0 && i < length) counts[i]! += 1;
  }
  return counts;
}
