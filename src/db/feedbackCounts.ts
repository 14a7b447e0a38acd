// The board's card badges: feedback per requirement in one read of the product's
// (small) feedback table. Kept apart from the feedback repository so the board's
// start-up bundle carries only this (see feedbackCountsAccess for the app's own).
import { countByRequirement } from '../domain/feedback/customers';
import type { CairnDatabase } from './database';

export async function countFeedbackByRequirement(db: CairnDatabase, productId: string): Promise<Map<string, number>> {
  return countByRequirement(await db.feedback.where('productId').equals(productId).toArray());
}
