// The board's age markers (issue 17): which requirements in progress are older
// than their stage's P85. Age is the Kanban Guide's work item age: calendar days
// since the requirement started (first entered the start stage or a later one),
// counted inclusively as cycle time is, so the two compare. A stage's bar is the
// aging chart's: the P85 of the age finished requirements had when they last
// left that stage. A stage fewer than MIN_STAGE_EXITS finished ones ever left
// (new, or rarely used) is held to the P85 of all cycle times instead, so one
// odd item cannot set its bar.
import { daysBetween } from '../dates';
import { flowTimes } from './flowTimes';
import { percentile } from './percentiles';
import { stagePositions } from './stageOrder';
import { requirementTimelines, type RequirementTimeline } from './timeline';
import type { FlowInput, FlowStages } from './types';

export const MIN_STAGE_EXITS = 5;

export interface StageBar {
  /** P85 in days. */
  days: number;
  /** From the stage's own exits, or the overall cycle time for a stage with too few. */
  basis: 'stage' | 'overall';
}

export interface AgingCards {
  /** In-progress stage id → the bar its cards are held to; absent without history to learn one from. */
  bars: Map<string, StageBar>;
  /** Requirement id → work item age in days, for each one in progress and older than its stage's bar. */
  ages: Map<string, number>;
  /** The stages from start up to (not including) done: a card moved out of them loses its marker at once. */
  inProgressStageIds: string[];
}

/** Stage id → the ages (days since start, inclusive) at which finished requirements last left it. */
function exitAges(
  lines: readonly RequirementTimeline[],
  startDays: ReadonlyMap<string, string>,
): Map<string, number[]> {
  const ages = new Map<string, number[]>();
  for (const line of lines) {
    const start = startDays.get(line.id);
    if (start === undefined) continue;
    const lastExit = new Map<string, string>();
    for (let i = 0; i + 1 < line.visits.length; i++) lastExit.set(line.visits[i]!.stageId, line.visits[i + 1]!.day);
    for (const [stageId, day] of lastExit) {
      if (day < start) continue;
      const list = ages.get(stageId) ?? [];
      list.push(daysBetween(start, day) + 1);
      ages.set(stageId, list);
    }
  }
  return ages;
}

export function agingCards(input: FlowInput, flow: FlowStages, today: string): AgingCards {
  const lines = requirementTimelines(input);
  const times = flowTimes(lines, input.stages, flow, today);
  const position = stagePositions(input.stages);
  const at = (stageId: string) => position.get(stageId) ?? -1;
  const inProgressStageIds = input.stages
    .filter((s) => !s.deleted && at(s.id) >= at(flow.startStageId) && at(s.id) < at(flow.doneStageId))
    .map((s) => s.id);

  const overall = percentile(
    times.finished.flatMap((f) => (f.cycleTime === null ? [] : [f.cycleTime])),
    85,
  );
  const startDays = new Map(times.finished.flatMap((f) => (f.startDay === null ? [] : [[f.id, f.startDay] as const])));
  const exits = exitAges(lines, startDays);
  const bars = new Map<string, StageBar>();
  for (const stageId of inProgressStageIds) {
    const own = exits.get(stageId) ?? [];
    const days = own.length >= MIN_STAGE_EXITS ? percentile(own, 85) : null;
    if (days !== null) bars.set(stageId, { days, basis: 'stage' });
    else if (overall !== null) bars.set(stageId, { days: overall, basis: 'overall' });
  }

  const ages = new Map<string, number>();
  for (const r of times.inProgress) {
    const bar = bars.get(r.stageId);
    if (bar && r.age > bar.days) ages.set(r.id, r.age);
  }
  return { bars, ages, inProgressStageIds };
}
