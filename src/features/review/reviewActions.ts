// The review queue's writes as a person triggers them: each is one transaction
// and one undo step, recorded before "saved" shows so Ctrl+Z right after finds it.
import { repositories } from '../../db';
import { reviewRepository, type ReviewFields } from '../../db/reviewsAccess';
import { stagesInBoardOrder } from '../../domain/analytics/stageOrder';
import { rankBetween } from '../../domain/ranking';
import type { Requirement, Stage } from '../../domain/types';
import { recordChange } from '../../state/history';
import { trackSave } from '../../state/saveStatus';
import { followUpEntry, recordReviewEntry } from './reviewHistory';

/** Where a card lands in a stage: on top, where the board shows an arrival. */
async function topOf(productId: string, stage: Stage): Promise<string> {
  const { rows } = await repositories.requirements.listFirstScreen(productId, [stage.id], 1);
  return rankBetween(null, rows[0]?.rank ?? null);
}

function stageAt(stages: readonly Stage[], end: 'first' | 'last'): Stage {
  const live = stagesInBoardOrder(stages).filter((s) => !s.deleted);
  const stage = end === 'first' ? live[0] : live.at(-1);
  // A product always keeps one stage: the stage settings refuse to delete the last.
  if (!stage) throw new Error('The product has no stages');
  return stage;
}

/** Writes the verdict (with the actual value and learnings) and moves the card to the product's last stage. */
export function recordVerdict(
  row: Requirement,
  stages: readonly Stage[],
  fields: Omit<ReviewFields, 'reviewedAt'>,
  now: string,
): Promise<{ moved: Requirement; stage: Stage }> {
  const stage = stageAt(stages, 'last');
  const committed = (async () => {
    const rank = row.stageId === stage.id ? row.rank : await topOf(row.productId, stage);
    const recorded = await reviewRepository.recordReview(
      row.id,
      { ...fields, reviewedAt: now },
      { stageId: stage.id, rank },
      { ifVersion: row.version },
    );
    recordChange(recordReviewEntry(recorded));
    return { moved: recorded.after, stage };
  })();
  return trackSave(committed);
}

/** A new requirement in the product's first stage (Inbox) that follows up `source`. */
export function createFollowUp(
  source: Requirement,
  stages: readonly Stage[],
  title: string,
): Promise<{ created: Requirement; stage: Stage }> {
  const stage = stageAt(stages, 'first');
  const committed = (async () => {
    const created = await reviewRepository.createFollowUp(source.id, stage.id, title);
    recordChange(followUpEntry(created));
    return { created, stage };
  })();
  return trackSave(committed);
}
