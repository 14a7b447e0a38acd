// The review loop's writes (issue 17): recording a verdict, which also moves the
// card to the product's last stage, and creating a follow-up from a learning.
// Each is one transaction built from the repositories' own writes (Dexie runs
// them inside the outer transaction), so the move keeps the board's WIP check,
// event and any rule a later change adds to moveRequirement.
import { CairnWriteError } from '../domain/errors';
import type { Env, Requirement, RequirementPatch } from '../domain/types';
import { createAnalyticsRepository } from './analytics';
import type { CairnDatabase } from './database';
import { createRequirementEditRepository } from './requirementEdits';
import { createRequirementRepository, requirementOrThrow, type WriteGuard } from './requirements';
import { requirementsOfProduct } from './boardIndex';

/** The fields a review writes; undo writes their values from before it. */
export type ReviewFields = Pick<RequirementPatch, 'verdict' | 'reviewedAt' | 'learnings' | 'successMetric'>;

export interface ReviewPlace {
  stageId: string;
  rank: string;
}

export interface RecordedReview {
  before: Requirement;
  after: Requirement;
}

export function createReviewRepository(db: CairnDatabase, env: Env) {
  const requirements = createRequirementRepository(db, env);
  const edits = createRequirementEditRepository(db, env);
  const analytics = createAnalyticsRepository(db);

  return {
    /** Stages, requirement rows and their events: what the queue's review dates are computed from. */
    readReviewInput: analytics.readFlowInput,

    /**
     * Writes the review's fields and moves the card to `place`, both or
     * neither. `guard.ifVersion` is the row's version before the review.
     */
    recordReview(id: string, fields: ReviewFields, place: ReviewPlace, guard?: WriteGuard): Promise<RecordedReview> {
      // The move reads the product for its stage gates, so the products table is in the transaction too.
      return db.transaction('rw', db.requirements, db.events, db.stages, db.products, async () => {
        const before = await requirementOrThrow(db, id);
        await edits.editRequirement(id, fields, guard);
        const after = await requirements.moveRequirement(id, place.stageId, place.rank);
        return { before, after };
      });
    },

    /**
     * A new requirement in `stageId` (the product's first stage) that follows
     * up `sourceId`'s review, starting from its learnings; the link back is its followUpOf.
     */
    createFollowUp(sourceId: string, stageId: string, title: string): Promise<Requirement> {
      return db.transaction('rw', db.requirements, db.events, db.stages, async () => {
        const source = await requirementOrThrow(db, sourceId);
        if (source.state === 'deleted')
          throw new CairnWriteError('notFound', `Requirement ${sourceId} is in the trash`);
        const created = await requirements.createRequirement(source.productId, stageId, {
          title,
          description: source.learnings,
        });
        // Still the row's first version: the link is part of its creation, in the same transaction.
        const linked: Requirement = { ...created, followUpOf: sourceId };
        await db.requirements.put(linked);
        return linked;
      });
    },

    /** The requirements that follow up `id`, live ones only. */
    async listFollowUps(id: string): Promise<Requirement[]> {
      const source = await db.requirements.get(id);
      if (!source) return [];
      const rows = await requirementsOfProduct(db, source.productId).toArray();
      return rows.filter((r) => r.followUpOf === id && r.state !== 'deleted');
    },
  };
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
