// User feedback: the inbox and its links to requirements. Every write is one
// transaction with its Event; deleting is a soft flag, so undo can restore it.
import { CairnWriteError } from '../domain/errors';
import { checkWebUrl } from '../domain/feedback/url';
import { feedbackSchema, type Feedback, type FeedbackChannel } from '../domain/feedback/types';
import type { Env, EventType, Requirement } from '../domain/types';
import { checkedRow } from './checkedRow';
import type { CairnDatabase } from './database';
import { eventsFor, checkVersion, assertLive } from './writePath';
import { newFeedback } from '../domain/rows/evidence';

export interface NewFeedback {
  text: string;
  customer?: string;
  segment?: string;
  channel: FeedbackChannel;
  /** YYYY-MM-DD. */
  date: string;
  /** As typed: blank for none, otherwise an http(s) address. */
  url?: string;
  requirementIds?: string[];
}

export type FeedbackPatch = Partial<Omit<NewFeedback, 'requirementIds'>>;

/** Write only if the item is still at this version (undo, redo). */
export interface FeedbackGuard {
  ifVersion?: number;
}

/** Newest first: by the day it was given, then by when it was captured. */
function newestFirst(a: Feedback, b: Feedback): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
}

function checkedUrl(input: string | undefined): string | null {
  const check = checkWebUrl(input ?? '');
  if (!check.ok) throw new CairnWriteError('invalidInput', 'A link must be an http:// or https:// address');
  return check.url;
}

export function createFeedbackRepository(db: CairnDatabase, env: Env) {
  const event = eventsFor(env);

  /** The live item; with `guard.ifVersion` (undo, redo) only if nobody changed it since. */
  async function mustGet(id: string, guard?: FeedbackGuard, evenDeleted = false): Promise<Feedback> {
    const row = await db.feedback.get(id);
    if (!row || (row.deleted && !evenDeleted)) throw new CairnWriteError('notFound', `Feedback ${id} does not exist`);
    checkVersion(row, guard, row.text.slice(0, 60), `Feedback ${id} changed since`);
    return row;
  }

  async function mustGetRequirement(id: string, productId: string): Promise<Requirement> {
    const row = await db.requirements.get(id);
    assertLive(row, `Requirement ${id} does not exist`);
    if (row.productId !== productId)
      throw new CairnWriteError('invalidInput', 'The requirement belongs to another product');
    return row;
  }

  async function put(
    row: Feedback,
    next: Partial<Feedback>,
    type: EventType,
    data: Record<string, unknown>,
  ): Promise<Feedback> {
    const saved = checkedRow(feedbackSchema, { ...row, ...next, updatedAt: env.now(), version: row.version + 1 });
    await db.feedback.put(saved);
    await db.events.add(event(row.productId, row.id, type, data));
    return saved;
  }

  return {
    /** The product's feedback (not deleted), newest first. */
    async listFeedback(productId: string): Promise<Feedback[]> {
      const rows = await db.feedback.where('productId').equals(productId).toArray();
      return rows.filter((f) => !f.deleted).sort(newestFirst);
    },

    /** Feedback linked to one requirement, newest first (the multi-entry index). */
    async listFeedbackForRequirement(requirementId: string): Promise<Feedback[]> {
      const rows = await db.feedback.where('requirementIds').equals(requirementId).distinct().toArray();
      return rows.filter((f) => !f.deleted).sort(newestFirst);
    },

    getFeedback: (id: string) => db.feedback.get(id),

    /** Quick capture: the text is required, the rest optional; linked requirements are checked in the same transaction. */
    async createFeedback(productId: string, input: NewFeedback): Promise<Feedback> {
      const url = checkedUrl(input.url);
      return db.transaction('rw', db.feedback, db.requirements, db.events, async () => {
        const requirementIds = [...new Set(input.requirementIds ?? [])];
        for (const id of requirementIds) await mustGetRequirement(id, productId);
        const row = checkedRow(
          feedbackSchema,
          newFeedback(env, {
            productId,
            text: input.text.trim(),
            customer: input.customer?.trim(),
            segment: input.segment?.trim(),
            channel: input.channel,
            date: input.date,
            url,
            requirementIds,
          }),
        );
        await db.feedback.add(row);
        await db.events.add(
          event(productId, row.id, 'feedback.created', { channel: row.channel, linked: requirementIds.length }),
        );
        return row;
      });
    },

    /** Changes only the fields given; returns null when nothing changed. */
    async editFeedback(id: string, patch: FeedbackPatch, guard?: FeedbackGuard): Promise<Feedback | null> {
      const url = patch.url === undefined ? undefined : checkedUrl(patch.url);
      return db.transaction('rw', db.feedback, db.events, async () => {
        const row = await mustGet(id, guard);
        const next: Feedback = {
          ...row,
          ...(patch.text !== undefined && { text: patch.text.trim() }),
          ...(patch.customer !== undefined && { customer: patch.customer.trim() }),
          ...(patch.segment !== undefined && { segment: patch.segment.trim() }),
          ...(patch.channel !== undefined && { channel: patch.channel }),
          ...(patch.date !== undefined && { date: patch.date }),
          ...(url !== undefined && { url }),
        };
        const fields = (['text', 'customer', 'segment', 'channel', 'date', 'url'] as const).filter(
          (key) => row[key] !== next[key],
        );
        if (fields.length === 0) return null;
        return put(row, next, 'feedback.edited', { fields });
      });
    },

    /** Soft delete (the trash): links are kept, so undo brings the item back as it was. */
    async deleteFeedback(id: string, guard?: FeedbackGuard): Promise<Feedback> {
      return db.transaction('rw', db.feedback, db.events, async () => {
        const row = await mustGet(id, guard);
        return put(row, { deleted: true }, 'feedback.deleted', {});
      });
    },

    /** Undo of a delete. */
    async restoreFeedback(id: string, guard?: FeedbackGuard): Promise<Feedback> {
      return db.transaction('rw', db.feedback, db.events, async () => {
        const row = await mustGet(id, guard, true);
        if (!row.deleted) return row;
        return put(row, { deleted: false }, 'feedback.edited', { fields: ['deleted'], restored: true });
      });
    },

    /** Links feedback to a requirement of the same product; linking twice changes nothing. */
    async linkRequirement(feedbackId: string, requirementId: string, guard?: FeedbackGuard): Promise<Feedback> {
      return db.transaction('rw', db.feedback, db.requirements, db.events, async () => {
        const row = await mustGet(feedbackId, guard);
        await mustGetRequirement(requirementId, row.productId);
        if (row.requirementIds.includes(requirementId)) return row;
        return put(row, { requirementIds: [...row.requirementIds, requirementId] }, 'feedback.linked', {
          requirementId,
        });
      });
    },

    async unlinkRequirement(feedbackId: string, requirementId: string, guard?: FeedbackGuard): Promise<Feedback> {
      return db.transaction('rw', db.feedback, db.events, async () => {
        const row = await mustGet(feedbackId, guard);
        if (!row.requirementIds.includes(requirementId)) return row;
        return put(
          row,
          { requirementIds: row.requirementIds.filter((id) => id !== requirementId) },
          'feedback.unlinked',
          { requirementId },
        );
      });
    },
  };
}

export type FeedbackRepository = ReturnType<typeof createFeedbackRepository>;
