// Which Now / Next / Later column an initiative belongs in.
import { addDays } from '../dates';
import { shiftMonths, startOfQuarter } from './days';
import type { Horizon, Initiative } from './types';

/**
 * The horizon of a dated initiative, by its start relative to today's calendar quarter:
 * - now: it starts on or before the end of the current quarter (it is running,
 *   about to start this quarter, or already finished: nothing left to plan);
 * - next: it starts within the following quarter;
 * - later: it starts after that.
 * Quarters are calendar quarters, the planning unit most PMs report in.
 */
export function horizonOfDates(start: string, today: string): Horizon {
  const thisQuarter = startOfQuarter(today);
  const nextQuarter = shiftMonths(thisQuarter, 3);
  const afterNext = shiftMonths(thisQuarter, 6);
  if (start < nextQuarter) return 'now';
  if (start <= addDays(afterNext, -1)) return 'next';
  return 'later';
}

/** Dated initiatives follow their dates; undated ones keep the horizon the PM chose ('later' if somehow unset). */
export function horizonOf(initiative: Pick<Initiative, 'start' | 'horizon'>, today: string): Horizon {
  if (initiative.start !== null) return horizonOfDates(initiative.start, today);
  return initiative.horizon ?? 'later';
}
