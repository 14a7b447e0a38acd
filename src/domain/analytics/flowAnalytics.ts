// Every flow metric of one product over one range of days, in one pass over
// the log: what the Analytics view draws, the worker computes and the bench times.
import { cumulativeFlow, type CumulativeFlow } from './cumulativeFlow';
import { flowTimes, type FinishedRequirement, type InProgressRequirement } from './flowTimes';
import { flowPercentiles, type Percentiles } from './percentiles';
import { dailyThroughput, weeklyThroughput, type WeekThroughput } from './throughput';
import { requirementTimelines } from './timeline';
import type { DayRange, FlowInput, FlowStages } from './types';

export interface FlowAnalytics {
  range: DayRange;
  flow: FlowStages;
  cumulativeFlow: CumulativeFlow;
  /** Finished within the range, oldest first. */
  finished: FinishedRequirement[];
  cycleTime: Percentiles;
  leadTime: Percentiles;
  /** Finished in the range without a recorded start (imports): not in the cycle-time figures. */
  withoutStart: number;
  throughput: WeekThroughput[];
  /** Items finished per day of the range: the forecast's history. */
  dailyThroughput: number[];
  /** In progress today, oldest first. */
  inProgress: InProgressRequirement[];
  /** Cycle-time percentiles of everything ever finished: the aging chart's bands. */
  allTimeCycleTime: Percentiles;
}

export function flowAnalytics(input: FlowInput, flow: FlowStages, range: DayRange, today: string): FlowAnalytics {
  const timelines = requirementTimelines(input);
  const times = flowTimes(timelines, input.stages, flow, today);
  const finished = times.finished
    .filter((f) => f.doneDay >= range.from && f.doneDay <= range.to)
    .sort((a, b) => (a.doneDay < b.doneDay ? -1 : a.doneDay > b.doneDay ? 1 : 0));
  const cycleTimes = finished.flatMap((f) => (f.cycleTime === null ? [] : [f.cycleTime]));
  return {
    range,
    flow,
    cumulativeFlow: cumulativeFlow(timelines, input.stages, range),
    finished,
    cycleTime: flowPercentiles(cycleTimes),
    leadTime: flowPercentiles(finished.map((f) => f.leadTime)),
    withoutStart: finished.length - cycleTimes.length,
    throughput: weeklyThroughput(finished, range),
    dailyThroughput: dailyThroughput(finished, range),
    inProgress: times.inProgress.sort((a, b) => b.age - a.age),
    allTimeCycleTime: flowPercentiles(times.finished.flatMap((f) => (f.cycleTime === null ? [] : [f.cycleTime]))),
  };
}
