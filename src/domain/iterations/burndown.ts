// Burndown of one iteration, replayed from the event log: which requirements
// were in the iteration and which had reached a done stage at the end of each
// day. Items planned mid-way raise the line; items moved back out of done
// raise it too, as they would on a paper chart.
import { addDays, dayOf } from '../dates';
import type { CairnEvent, Requirement } from '../types';
import { roundPoints } from './capacity';
import type { Iteration } from './types';

export interface BurndownPoint {
  day: string;
  /** Points left at the end of the day; null for days still to come. */
  remaining: number | null;
  /** The straight line from the committed points to zero on the last day. */
  ideal: number;
}

export type BurndownInput = {
  iteration: Pick<Iteration, 'id' | 'startDate' | 'endDate' | 'committedPoints'>;
  /** Events of the product, any order; only moves and plan/unplan are read. */
  events: readonly Pick<CairnEvent, 'entityId' | 'type' | 'at' | 'data'>[];
  /** Current rows: their estimate, and where they are now (for items with no history). */
  requirements: readonly Pick<Requirement, 'id' | 'estimate' | 'stageId' | 'iterationId' | 'state'>[];
  doneStageIds: ReadonlySet<string>;
  today: string;
  /** Local day of an event's timestamp; injected so tests do not depend on the time zone. */
  dayOfEvent?: (at: string) => string;
};

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

interface Track {
  iterationId: string | null;
  stageId: string;
}

/** Days from start to end, both included (empty when the dates are reversed). */
export function iterationDays(startDate: string, endDate: string): string[] {
  const days: string[] = [];
  for (let day = startDate; day <= endDate && days.length < 400; day = addDays(day, 1)) days.push(day);
  return days;
}

export function burndownSeries(input: BurndownInput): BurndownPoint[] {
  const { iteration, requirements, doneStageIds, today } = input;
  const toDay = input.dayOfEvent ?? ((at: string) => dayOf(new Date(at)));
  const relevant = input.events
    .filter((e) => e.type === 'requirement.moved' || e.type === 'iteration.planned' || e.type === 'iteration.unplanned')
    .slice()
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  // Where each requirement stood before its first recorded change.
  const tracks = new Map<string, Track>();
  const rows = new Map(requirements.map((r) => [r.id, r]));
  for (const r of requirements) tracks.set(r.id, { iterationId: r.iterationId, stageId: r.stageId });
  const seenPlan = new Set<string>();
  const seenMove = new Set<string>();
  for (const e of relevant) {
    const track = tracks.get(e.entityId);
    if (!track) continue;
    if (e.type === 'requirement.moved' && !seenMove.has(e.entityId)) {
      seenMove.add(e.entityId);
      track.stageId = text(e.data.fromStageId) ?? track.stageId;
    } else if (e.type !== 'requirement.moved' && !seenPlan.has(e.entityId)) {
      seenPlan.add(e.entityId);
      track.iterationId = text(e.data.previousIterationId);
    }
  }

  const remainingNow = (): number => {
    let sum = 0;
    for (const [id, track] of tracks) {
      const row = rows.get(id);
      if (!row || row.state === 'deleted') continue;
      if (track.iterationId === iteration.id && !doneStageIds.has(track.stageId)) sum += row.estimate ?? 0;
    }
    return roundPoints(sum);
  };

  const days = iterationDays(iteration.startDate, iteration.endDate);
  const series: BurndownPoint[] = [];
  let next = 0;
  let startScope: number | null = null;
  for (const day of days) {
    while (next < relevant.length && toDay(relevant[next]!.at) <= day) {
      const e = relevant[next]!;
      next += 1;
      const track = tracks.get(e.entityId);
      if (!track) continue;
      if (e.type === 'requirement.moved') track.stageId = text(e.data.toStageId) ?? track.stageId;
      else track.iterationId = text(e.data.iterationId);
    }
    const remaining = day <= today ? remainingNow() : null;
    startScope ??= remaining;
    series.push({ day, remaining, ideal: 0 });
  }
  const scope = iteration.committedPoints ?? startScope ?? 0;
  const steps = Math.max(1, series.length - 1);
  series.forEach((point, index) => {
    point.ideal = roundPoints(scope - (scope * index) / steps);
  });
  return series;
}
