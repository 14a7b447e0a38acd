// The rules that keep an initiative's "when" coherent, shared by the
// repository (which refuses bad writes) and the editor (which explains them).
import type { Horizon } from './types';

export interface Schedule {
  start: string | null;
  end: string | null;
  horizon: Horizon | null;
  milestone: boolean;
}

export type ScheduleProblem = 'datesPaired' | 'endBeforeStart' | 'milestoneNeedsDate' | 'horizonNeeded';

/**
 * Fills what follows from the rest: a milestone is one day (end = start), a
 * dated initiative's horizon is derived, so it is not stored (null).
 */
export function normaliseSchedule(schedule: Schedule): Schedule {
  if (schedule.milestone && schedule.start !== null)
    return { start: schedule.start, end: schedule.start, horizon: null, milestone: true };
  if (schedule.start !== null && schedule.end !== null) return { ...schedule, horizon: null };
  return schedule;
}

/** What is wrong with a (normalised) schedule, or null when it can be saved. */
export function scheduleProblem(schedule: Schedule): ScheduleProblem | null {
  if (schedule.milestone && schedule.start === null) return 'milestoneNeedsDate';
  if ((schedule.start === null) !== (schedule.end === null)) return 'datesPaired';
  if (schedule.start !== null && schedule.end !== null && schedule.end < schedule.start) return 'endBeforeStart';
  if (schedule.start === null && schedule.horizon === null) return 'horizonNeeded';
  return null;
}
