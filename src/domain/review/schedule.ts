// When a requirement's success metric is due for review (issue 17, the 数据复盘
// stage): its own review date, else the day it first reached a done stage plus
// the product's reviewAfterWeeks. "First reached" is read from the event log
// (analytics/timeline.ts), so a card moved back and released again keeps its
// first launch day.
import { addDays } from '../dates';
import type { RequirementTimeline } from '../analytics/timeline';
import type { FlowStage } from '../analytics/types';
import type { Requirement } from '../types';

export type ReviewStatus = 'upcoming' | 'due' | 'overdue';

/** The local day a requirement first entered any done stage, or null when it never did. */
export function firstDoneDay(
  timeline: Pick<RequirementTimeline, 'visits'>,
  doneStageIds: ReadonlySet<string>,
): string | null {
  return timeline.visits.find((visit) => doneStageIds.has(visit.stageId))?.day ?? null;
}

/** The day the review is due: the requirement's own date, else `weeks` after its first done day. */
export function effectiveReviewDate(
  requirement: Pick<Requirement, 'reviewDate'>,
  doneDay: string | null,
  weeks: number,
): string | null {
  if (requirement.reviewDate !== null) return requirement.reviewDate;
  return doneDay === null ? null : addDays(doneDay, weeks * 7);
}

/** Due on the day itself, overdue from the next day on. */
export function reviewStatus(reviewDay: string, today: string): ReviewStatus {
  if (reviewDay === today) return 'due';
  return reviewDay < today ? 'overdue' : 'upcoming';
}

export interface QueueItem<R> {
  requirement: R;
  reviewDay: string;
  status: Exclude<ReviewStatus, 'upcoming'>;
}

type QueueRequirement = Pick<Requirement, 'id' | 'stageId' | 'state' | 'successMetric' | 'verdict' | 'reviewDate'>;

/**
 * The review queue: active requirements with a success metric and no verdict
 * yet, standing in a done stage (released), whose review is due or overdue;
 * the most overdue first.
 */
export function reviewQueue<R extends QueueRequirement>(input: {
  requirements: readonly R[];
  stages: readonly FlowStage[];
  timelines: ReadonlyMap<string, Pick<RequirementTimeline, 'visits'>>;
  weeks: number;
  today: string;
}): QueueItem<R>[] {
  const done = new Set(input.stages.filter((s) => s.done && !s.deleted).map((s) => s.id));
  const items: QueueItem<R>[] = [];
  for (const requirement of input.requirements) {
    if (requirement.state !== 'active' || requirement.successMetric === null || requirement.verdict !== null) continue;
    if (!done.has(requirement.stageId)) continue;
    const timeline = input.timelines.get(requirement.id);
    const reviewDay = effectiveReviewDate(requirement, timeline ? firstDoneDay(timeline, done) : null, input.weeks);
    if (reviewDay === null) continue;
    const status = reviewStatus(reviewDay, input.today);
    if (status !== 'upcoming') items.push({ requirement, reviewDay, status });
  }
  return items.sort((a, b) => (a.reviewDay < b.reviewDay ? -1 : a.reviewDay > b.reviewDay ? 1 : 0));
}
