// Undo entries of the review loop's writes: a recorded verdict (fields and the
// move to the last stage, one step), a follow-up, the product's review delay.
import '../../i18n/reviewMessages';
import { repositories } from '../../db';
import { reviewRepository, type RecordedReview, type ReviewFields, type ReviewPlace } from '../../db/reviewsAccess';
import type { Product, Requirement } from '../../domain/types';
import type { HistoryEntry } from '../../state/history';
import { guardedEntry } from '../../state/guardedEntry';
import { trackSave } from '../../state/saveStatus';
import { settingEntry } from '../sharedHistory';

interface ReviewValues {
  fields: ReviewFields;
  place: ReviewPlace;
}

function reviewValues(row: Requirement): ReviewValues {
  const { verdict, reviewedAt, learnings, successMetric } = row;
  return { fields: { verdict, reviewedAt, learnings, successMetric }, place: { stageId: row.stageId, rank: row.rank } };
}

/** Undo takes the verdict back and returns the card to its place; redo records it again. */
export function recordReviewEntry({ before, after }: RecordedReview): HistoryEntry {
  return guardedEntry<ReviewValues>({
    describe: (t) => t('review.history.record', { title: after.title }),
    id: after.id,
    version: after.version,
    versionBefore: before.version,
    before: reviewValues(before),
    after: reviewValues(after),
    write: async ({ fields, place }, ifVersion) =>
      (await trackSave(reviewRepository.recordReview(after.id, fields, place, { ifVersion }))).after.version,
  });
}

/** Undo puts the follow-up in the trash (soft), redo brings the very same row back. */
export function followUpEntry(created: Requirement): HistoryEntry {
  const { id } = created;
  return guardedEntry<boolean>({
    describe: (t) => t('review.history.followUp', { title: created.title }),
    id,
    version: created.version,
    before: false,
    after: true,
    write: async (live, ifVersion) =>
      (
        await trackSave(
          live
            ? repositories.requirements.restoreRequirement(id, { ifVersion })
            : repositories.requirements.deleteRequirement(id, { ifVersion }),
        )
      ).version,
  });
}

export function reviewWeeksEntry(before: Product, after: Product): HistoryEntry {
  return settingEntry('reviewAfterWeeks', before, after, (t, product) => t('review.history.weeks', { product }));
}
