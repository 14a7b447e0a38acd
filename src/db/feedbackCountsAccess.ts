// The app database's feedback counts per requirement, for the board's live query.
import { countFeedbackByRequirement } from './feedbackCounts';
import { repositories } from './index';
import { toStorageError } from './storageErrors';

export function feedbackCountsOf(productId: string): Promise<Map<string, number>> {
  return countFeedbackByRequirement(repositories.db, productId).catch((error: unknown) => {
    throw toStorageError(error);
  });
}
