// Cumulative flow: how many requirements stood in each stage at the end of each
// local calendar day, one band per stage in today's board order. A requirement
// counts from the day it was created, in whatever stage its history put it
// that evening; not on days it spent in the trash. Archived requirements still
// count (finished work is often archived). Deleted stages get a band only when
// some requirement stood in them within the range.
import { addDays, daysBetween } from '../dates';
import { stagesInBoardOrder } from './stageOrder';
import type { RequirementTimeline } from './timeline';
import type { DayRange, FlowStage } from './types';

export interface CumulativeFlow {
  days: string[];
  /** Board order: the first stage first. */
  bands: { stageId: string; counts: number[] }[];
}

/** Longest range drawn (ten years): a typo in a date field must not allocate millions of days. */
export const MAX_RANGE_DAYS = 3660;

type Change = { at: string; day: string; stageId?: string; deleted?: boolean };

function changesOf(line: RequirementTimeline): Change[] {
  const changes: Change[] = [...line.visits, ...line.trash];
  return changes.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

export function cumulativeFlow(
  timelines: readonly RequirementTimeline[],
  stages: readonly FlowStage[],
  range: DayRange,
): CumulativeFlow {
  const length = Math.min(MAX_RANGE_DAYS, daysBetween(range.from, range.to) + 1);
  if (length <= 0) return { days: [], bands: [] };
  const days = Array.from({ length }, (_, i) => addDays(range.from, i));
  const ordered = stagesInBoardOrder(stages);
  const index = new Map(ordered.map((s, i) => [s.id, i]));
  // Differences per stage and day: +1 the day a requirement arrives, −1 the day it leaves.
  const deltas = ordered.map(() => new Int32Array(length + 1));
  // A lookup, not date arithmetic: at 100,000 events this clamp is the hot path.
  const indexOfDay = new Map(days.map((day, i) => [day, i]));
  const clamp = (day: string) =>
    day < range.from ? 0 : day > (days[length - 1] as string) ? length : (indexOfDay.get(day) ?? 0);

  const count = (stageId: string | null, deleted: boolean, since: string, until: string) => {
    const i = stageId === null || deleted ? undefined : index.get(stageId);
    const from = clamp(since);
    const to = clamp(until);
    if (i === undefined || to <= from) return;
    deltas[i]![from]! += 1;
    deltas[i]![to]! -= 1;
  };
  for (const line of timelines) {
    const changes = changesOf(line);
    let stageId: string | null = null;
    let deleted = false;
    let since: string | null = null;
    // Only the state at the end of a day counts: apply all of a day's changes, then it holds until the next change.
    for (let c = 0; c < changes.length;) {
      const day = changes[c]!.day;
      if (since !== null) count(stageId, deleted, since, day);
      for (; c < changes.length && changes[c]!.day === day; c++) {
        const change = changes[c]!;
        if (change.stageId !== undefined) stageId = change.stageId;
        if (change.deleted !== undefined) deleted = change.deleted;
      }
      since = day;
    }
    if (since !== null) count(stageId, deleted, since, addDays(range.to, 1));
  }

  const bands = ordered.map((stage, i) => {
    const counts: number[] = [];
    let running = 0;
    for (let d = 0; d < length; d++) {
      running += deltas[i]![d]!;
      counts.push(running);
    }
    return { stageId: stage.id, counts, deleted: stage.deleted };
  });
  return {
    days,
    bands: bands
      .filter((b) => !b.deleted || b.counts.some((n) => n > 0))
      .map(({ stageId, counts }) => ({ stageId, counts })),
  };
}
