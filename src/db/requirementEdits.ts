// Editing a requirement's fields (the detail panel, the table, the prioritise
// matrix). Loaded on demand through requirementEditsAccess.ts: the board only
// creates and moves requirements.
import { trackedChanges } from '../domain/requirements/editChanges';
import { CairnWriteError } from '../domain/errors';
import {
  requirementPatchSchema,
  type CairnEvent,
  type Env,
  type Requirement,
  type RequirementPatch,
} from '../domain/types';
import type { CairnDatabase } from './database';
import { checkedRow } from './checkedRow';
import { checkGuard, requirementOrThrow, type WriteGuard } from './requirements';
import { newEvent } from './writePath';

/** An edit as written: the row before and after, and which fields changed. */
export interface RequirementEdit {
  before: Requirement;
  after: Requirement;
  fields: (keyof RequirementPatch)[];
}

export function createRequirementEditRepository(db: CairnDatabase, env: Env) {
  const event = (productId: string, entityId: string, data: Record<string, unknown>): CairnEvent =>
    newEvent(env, productId, entityId, 'requirement.edited', data);

  const mustGet = (id: string) => requirementOrThrow(db, id);

  /**
   * Applies only the fields that changed, so concurrent edits to other fields
   * (another tab) survive, and returns the row before and after, for undo.
   * Null when nothing changed.
   */
  async function editRequirement(
    id: string,
    patch: RequirementPatch,
    guard?: WriteGuard,
  ): Promise<RequirementEdit | null> {
    const clean = checkedRow(requirementPatchSchema, patch);
    if (clean.title !== undefined) clean.title = clean.title.trim();
    if (clean.title === '') throw new CairnWriteError('invalidInput', 'A requirement needs a title');
    return db.transaction('rw', db.requirements, db.events, async () => {
      const row = await mustGet(id);
      checkGuard(row, guard);
      const changed = (Object.keys(clean) as (keyof RequirementPatch)[]).filter(
        (key) => JSON.stringify(row[key]) !== JSON.stringify(clean[key]),
      );
      if (changed.length === 0) return null;
      const next: Requirement = { ...row, ...clean, updatedAt: env.now(), version: row.version + 1 };
      await db.requirements.put(next);
      // Short fields carry their before and after values, so the history can say "P2 → P1".
      await db.events.add(event(row.productId, id, { fields: changed, changes: trackedChanges(row, next, changed) }));
      return { before: row, after: next, fields: changed };
    });
  }

  return {
    editRequirement,

    /** Applies only the fields that changed, so concurrent edits to other fields (another tab) survive. */
    async updateRequirement(id: string, patch: RequirementPatch, guard?: WriteGuard): Promise<Requirement | null> {
      return (await editRequirement(id, patch, guard))?.after ?? null;
    },
  };
}
