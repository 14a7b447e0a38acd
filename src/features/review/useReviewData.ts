// What the review view reads, live: the product's stages, requirement rows and
// their events, turned into the queue (due or overdue) and the reviewed list.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { reviewRepository } from '../../db/reviewsAccess';
import { requirementTimelines } from '../../domain/analytics/timeline';
import { stagesInBoardOrder } from '../../domain/analytics/stageOrder';
import { dayOf } from '../../domain/dates';
import { reviewQueue, type QueueItem } from '../../domain/review/schedule';
import type { Product, Requirement, Stage } from '../../domain/types';

export interface ReviewData {
  stages: Stage[];
  queue: QueueItem<Requirement>[];
  /** Requirements with a verdict (archived ones too), the latest review first. */
  reviewed: Requirement[];
  /** Every live requirement by id: a follow-up's source, and the follow-ups of each. */
  byId: ReadonlyMap<string, Requirement>;
}

export function useReviewData(product: Product): ReviewData | undefined {
  const input = useLiveQuery(() => reviewRepository.readReviewInput(product.id), [product.id]);
  const weeks = product.settings.reviewAfterWeeks;
  return useMemo(() => {
    if (!input) return undefined;
    const stages = stagesInBoardOrder(input.stages).filter((s) => !s.deleted);
    const { requirements } = input;
    const timelines = new Map(requirementTimelines(input).map((t) => [t.id, t]));
    const today = dayOf(new Date());
    const queue = reviewQueue({ requirements, stages, timelines, weeks, today });
    const reviewed = requirements
      .filter((r) => r.verdict !== null && r.state !== 'deleted')
      .sort((a, b) => ((a.reviewedAt ?? '') < (b.reviewedAt ?? '') ? 1 : -1));
    const byId = new Map(requirements.filter((r) => r.state !== 'deleted').map((r) => [r.id, r]));
    return { stages, queue, reviewed, byId };
  }, [input, weeks]);
}
