// The iteration that follows one being closed: same length and capacity,
// starting the day after it ends, named with its number incremented.
import { addDays, dateOfDay } from '../dates';
import type { Iteration } from './types';

const LAST_NUMBER = /(\d+)(\D*)$/;

/**
 * "Sprint 3" → "Sprint 4", "第 9 期" → "第 10 期" (the last number counts up,
 * whatever the language around it); a name without a number gets " 2".
 */
export function nextIterationName(name: string): string {
  const trimmed = name.trim();
  const match = LAST_NUMBER.exec(trimmed);
  if (!match) return `${trimmed} 2`;
  const [whole, digits, rest] = match as unknown as [string, string, string];
  const next = String(Number(digits) + 1).padStart(digits.length, '0');
  return `${trimmed.slice(0, trimmed.length - whole.length)}${next}${rest}`;
}

/** Calendar days from `from` to `to` (local days, so a DST change counts as one day). */
function dayCount(from: string, to: string): number {
  return Math.round((dateOfDay(to).getTime() - dateOfDay(from).getTime()) / 86_400_000);
}

/** The day after `endDate`, and an end as many days later as the closed iteration ran. */
export function nextIterationDates({ startDate, endDate }: Pick<Iteration, 'startDate' | 'endDate'>): {
  startDate: string;
  endDate: string;
} {
  const start = addDays(endDate, 1);
  return { startDate: start, endDate: addDays(start, dayCount(startDate, endDate)) };
}

/** What to create after `closing`: the fields the iteration repository's createIteration takes. */
export function nextIterationDraft(closing: Iteration) {
  return {
    name: nextIterationName(closing.name),
    ...nextIterationDates(closing),
    capacityUnit: closing.capacityUnit,
    capacity: closing.capacity,
    memberCapacity: closing.memberCapacity.map((m) => ({ ...m })),
  };
}

/** Whether a planned iteration already follows `closing`: then nothing needs creating. */
export function hasNextPlanned(
  closing: Pick<Iteration, 'id' | 'startDate'>,
  iterations: readonly Pick<Iteration, 'id' | 'state' | 'startDate' | 'deleted'>[],
): boolean {
  return iterations.some(
    (i) => i.id !== closing.id && !i.deleted && i.state === 'planned' && i.startDate >= closing.startDate,
  );
}
