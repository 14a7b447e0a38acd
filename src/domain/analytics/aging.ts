// The board's age markers (issue 17): which requirements in progress are older
// than 85% of the finished ones took. Age is the Kanban Guide's work item age:
// calendar days since the requirement started (first entered the start stage or
// a later one), counted inclusively as cycle time is, so the two compare; the
// bar is the P85 of every cycle time ever finished (flowTimes.ts).
import { flowTimes } from './flowTimes';
import { percentile } from './percentiles';
import { stagePositions } from './stageOrder';
import { requirementTimelines } from './timeline';
import type { FlowInput, FlowStages } from './types';

export interface AgingCards {
  /** P85 cycle time in days; null without a finished requirement to learn it from (no markers then). */
  threshold: number | null;
  /** Requirement id → work item age in days, for each one in progress and older than the threshold. */
  ages: Map<string, number>;
  /** The stages from start up to (not including) done: a card moved out of them loses its marker at once. */
  inProgressStageIds: string[];
}

export function agingCards(input: FlowInput, flow: FlowStages, today: string): AgingCards {
  const times = flowTimes(requirementTimelines(input), input.stages, flow, today);
  const threshold = percentile(
    times.finished.flatMap((f) => (f.cycleTime === null ? [] : [f.cycleTime])),
    85,
  );
  const ages = new Map<string, number>();
  if (threshold !== null) for (const r of times.inProgress) if (r.age > threshold) ages.set(r.id, r.age);
  const position = stagePositions(input.stages);
  const at = (stageId: string) => position.get(stageId) ?? -1;
  const inProgressStageIds = input.stages
    .filter((s) => !s.deleted && at(s.id) >= at(flow.startStageId) && at(s.id) < at(flow.doneStageId))
    .map((s) => s.id);
  return { threshold, ages, inProgressStageIds };
}
