// When each requirement started and finished, by the product's start and done
// stages in today's board order:
// - started: it first entered the start stage or any stage after it;
// - finished: it entered the done stage or a later one and has stayed there
//   since (an item sent back and released again finishes on its last release);
// - cycle time: start day → finish day, lead time: created day → finish day,
//   both in local calendar days counted inclusively (same day = 1 day);
// - rework: moves to an earlier stage; they stay inside the cycle time.
// Items in the trash now are left out. An import never moved in Cairn has no
// recorded start: it counts for lead time and throughput (finished on the
// source's last-updated day) but not for cycle time.
import { daysBetween } from '../dates';
import { stagePositions } from './stageOrder';
import type { RequirementTimeline } from './timeline';
import type { FlowStage, FlowStages } from './types';

export interface FinishedRequirement {
  id: string;
  title: string;
  createdDay: string;
  /** Null when the start was never recorded (an import). */
  startDay: string | null;
  doneDay: string;
  /** Days, inclusive; null with `startDay`. */
  cycleTime: number | null;
  leadTime: number;
  /** Moves back to an earlier stage. */
  reworkMoves: number;
}

export interface InProgressRequirement {
  id: string;
  title: string;
  stageId: string;
  startDay: string;
  /** Days since it started, inclusive of today. */
  age: number;
}

export interface FlowTimes {
  finished: FinishedRequirement[];
  inProgress: InProgressRequirement[];
}

export function flowTimes(
  timelines: readonly RequirementTimeline[],
  stages: readonly FlowStage[],
  flow: FlowStages,
  today: string,
): FlowTimes {
  const position = stagePositions(stages);
  const pos = (stageId: string) => position.get(stageId) ?? -1;
  const startPos = pos(flow.startStageId);
  const donePos = pos(flow.doneStageId);
  const finished: FinishedRequirement[] = [];
  const inProgress: InProgressRequirement[] = [];
  for (const line of timelines) {
    if (line.deletedNow) continue;
    const visits = line.visits;
    const started = visits.find((v) => pos(v.stageId) >= startPos);
    let reworkMoves = 0;
    for (let i = 1; i < visits.length; i++) if (pos(visits[i]!.stageId) < pos(visits[i - 1]!.stageId)) reworkMoves += 1;
    // The visit that began its current run of done-or-later stages.
    let finishIndex = -1;
    for (let i = visits.length - 1; i >= 0 && pos(visits[i]!.stageId) >= donePos; i--) finishIndex = i;
    if (finishIndex >= 0) {
      const unrecorded = line.imported && visits.length === 1;
      const doneDay = unrecorded && line.updatedDay > line.createdDay ? line.updatedDay : visits[finishIndex]!.day;
      const startDay = unrecorded || !started ? null : started.day;
      finished.push({
        id: line.id,
        title: line.title,
        createdDay: line.createdDay,
        startDay,
        doneDay,
        cycleTime: startDay === null ? null : daysBetween(startDay, doneDay) + 1,
        leadTime: daysBetween(line.createdDay, doneDay) + 1,
        reworkMoves,
      });
      continue;
    }
    const current = visits[visits.length - 1]!;
    if (started && !line.archivedNow && pos(current.stageId) >= startPos) {
      inProgress.push({
        id: line.id,
        title: line.title,
        stageId: current.stageId,
        startDay: started.day,
        age: daysBetween(started.day, today) + 1,
      });
    }
  }
  return { finished, inProgress };
}
