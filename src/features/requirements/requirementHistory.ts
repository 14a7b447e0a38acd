// Undo entries of the requirement panel's writes (field edits, stage moves, archive,
// delete, duplicate) and of the trash (restore). Built outside the components
// so an entry holds only the values it replays.
import '../../i18n/historyMessages';
import { repositories } from '../../db';
import { iterationRepository } from '../../db/iterationsAccess';
import { requirementEdits, type RequirementEdit } from '../../db/requirementEditsAccess';
import { roadmapRepository } from '../../db/roadmapAccess';
import type { Requirement, RequirementPatch, RequirementState } from '../../domain/types';
import { recordChange, replaceLatest, type HistoryEntry } from '../../state/history';
import { guardedEntry } from '../../state/guardedEntry';
import { trackSave } from '../../state/saveStatus';

/** An edit of some fields, from their values before it (row at `versionBefore`) to after it (at `version`). */
export function fieldEditEntry(
  id: string,
  title: string,
  before: RequirementPatch,
  after: RequirementPatch,
  version: number,
  versionBefore: number,
): HistoryEntry {
  return guardedEntry<RequirementPatch>({
    describe: (t) => t('history.edit', { title }),
    id,
    version,
    versionBefore,
    before,
    after,
    write: async (patch, ifVersion) =>
      (await trackSave(requirementEdits.editRequirement(id, patch, { ifVersion })))?.after.version ?? null,
  });
}

/** Saves of the same fields this close together are one edit for undo (typing saves at every pause). */
export const EDIT_MERGE_MS = 3000;

export interface LastEdit {
  entry: HistoryEntry;
  fields: string;
  before: RequirementPatch;
  /** The row's version before the first save of the edit. */
  versionBefore: number;
  at: number;
}

function pick(row: Requirement, fields: readonly (keyof RequirementPatch)[]): RequirementPatch {
  return Object.fromEntries(fields.map((field) => [field, row[field]])) as RequirementPatch;
}

/**
 * Records a saved edit for undo, merged into the previous one when it
 * continues it and that is still the latest change: the merged entry goes back
 * to the values before the first save and follows the version the latest save
 * left. When anything came in between (another change, an undo), the edit is
 * an entry of its own, from the values it actually replaced.
 */
export function rememberEdit(last: LastEdit | null, edit: RequirementEdit, now: number): LastEdit {
  const { before, after, fields } = edit;
  const key = [...fields].sort().join(',');
  const values = pick(after, fields);
  if (last !== null && last.fields === key && now - last.at < EDIT_MERGE_MS) {
    const merged = fieldEditEntry(after.id, after.title, last.before, values, after.version, last.versionBefore);
    if (replaceLatest(last.entry, merged)) return { ...last, entry: merged, at: now };
  }
  const entry = fieldEditEntry(after.id, after.title, pick(before, fields), values, after.version, before.version);
  recordChange(entry);
  return { entry, fields: key, before: pick(before, fields), versionBefore: before.version, at: now };
}

const STATE_WRITES = {
  active: repositories.requirements.restoreRequirement,
  archived: repositories.requirements.archiveRequirement,
  deleted: repositories.requirements.deleteRequirement,
} satisfies Record<RequirementState, unknown>;

const STATE_KEYS = { active: 'history.restore', archived: 'history.archive', deleted: 'history.delete' } as const;

/** Archive, delete or restore: `before` is the row as it was, `written` as the change left it. */
export function stateEntry(before: Requirement, written: Requirement): HistoryEntry {
  return guardedEntry<RequirementState>({
    describe: (t) => t(STATE_KEYS[written.state], { title: written.title }),
    id: written.id,
    version: written.version,
    before: before.state,
    after: written.state,
    write: async (state, ifVersion) => (await trackSave(STATE_WRITES[state](written.id, { ifVersion }))).version,
  });
}

/** A copy made by Duplicate: undo puts the copy in the trash (soft), redo brings the very same copy back. */
export function duplicateEntry(copy: Requirement): HistoryEntry {
  return guardedEntry<RequirementState>({
    describe: (t) => t('history.duplicate', { title: copy.title }),
    id: copy.id,
    version: copy.version,
    before: 'deleted',
    after: 'active',
    write: async (state, ifVersion) => (await trackSave(STATE_WRITES[state](copy.id, { ifVersion }))).version,
  });
}

/** The iteration chosen in the panel (null: the backlog). */
export function iterationFieldEntry(before: Requirement, after: Requirement): HistoryEntry {
  const { id, title } = after;
  return guardedEntry<string | null>({
    describe: (t) => t('history.edit', { title }),
    id,
    version: after.version,
    before: before.iterationId,
    after: after.iterationId,
    write: async (iterationId, ifVersion) =>
      (await trackSave(iterationRepository.planRequirement(id, iterationId, { ifVersion }))).version,
  });
}

/** The initiative chosen in the panel (null: none). */
export function initiativeFieldEntry(before: Requirement, after: Requirement): HistoryEntry {
  const { id, title } = after;
  return guardedEntry<string | null>({
    describe: (t) => t('history.edit', { title }),
    id,
    version: after.version,
    before: before.initiativeId,
    after: after.initiativeId,
    write: async (initiativeId, ifVersion) =>
      (
        await trackSave(
          initiativeId === null
            ? roadmapRepository.unlinkRequirement(id, { ifVersion })
            : roadmapRepository.linkRequirement(initiativeId, id, { ifVersion }),
        )
      ).version,
  });
}
