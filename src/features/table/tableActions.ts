// Writes the table makes, and their undo entries. Entries are built here, at
// module level, so their closures hold only the rows they changed, never a
// render's whole table (10,000 rows) for as long as they sit in history.
import '../../i18n/historyMessages';
import { requirementEdits } from '../../db/requirementEditsAccess';
import { repositories } from '../../db';
import { bulkRequirements, type BulkChange, type BulkResult } from '../../db/tableAccess';
import type { Translate } from '../../i18n/translate';
import type { Requirement, RequirementPatch, Stage } from '../../domain/types';
import { recordChange, type HistoryEntry } from '../../state/history';
import { guardedEntry, guardedRowsEntry } from '../../state/guardedEntry';
import { trackSave } from '../../state/saveStatus';
import { stageDisplayName } from '../../ui/stageName';
import { moveEntry } from '../sharedHistory';

function versionsOf(rows: readonly Requirement[]): Record<string, number> {
  return Object.fromEntries(rows.map((r) => [r.id, r.version]));
}

/** One step of history for a whole bulk change: undo writes every row back, in one transaction. */
function bulkEntry(result: BulkResult, describe: (t: Translate) => string): HistoryEntry {
  return guardedRowsEntry<readonly Requirement[]>({
    describe,
    versions: { before: versionsOf(result.before), after: versionsOf(result.after) },
    before: result.before,
    after: result.after,
    write: async (rows, expected) => versionsOf((await trackSave(bulkRequirements.bulkRestore(rows, expected))).after),
  });
}

function describeBulk(change: BulkChange, count: number, stage: Stage | undefined): (t: Translate) => string {
  switch (change.kind) {
    case 'move':
      return (t) => t('history.bulk.move', { count, stage: stage ? stageDisplayName(stage, t) : '' });
    case 'owner':
      return (t) => t('history.bulk.owner', { count });
    case 'priority':
      return (t) => t('history.bulk.priority', { count, priority: change.priority });
    case 'addTag':
      return (t) => t('history.bulk.addTag', { count, tag: change.tag.trim() });
    case 'archive':
      return (t) => t('history.bulk.archive', { count });
    case 'delete':
      return (t) => t('history.bulk.delete', { count });
  }
}

/** Applies `change` to `ids` as one write and one undo step; resolves to the entry (null when nothing changed). */
export async function runBulk(
  ids: readonly string[],
  change: BulkChange,
  stage?: Stage,
): Promise<{ entry: HistoryEntry | null; count: number }> {
  const result = await trackSave(bulkRequirements.bulkUpdate(ids, change));
  if (result.after.length === 0) return { entry: null, count: 0 };
  const entry = bulkEntry(result, describeBulk(change, result.after.length, stage));
  recordChange(entry);
  return { entry, count: result.after.length };
}

function editEntry(before: Requirement, after: Requirement, fields: (keyof RequirementPatch)[]): HistoryEntry {
  const undoPatch: RequirementPatch = {};
  const redoPatch: RequirementPatch = {};
  for (const field of fields) {
    Object.assign(undoPatch, { [field]: before[field] });
    Object.assign(redoPatch, { [field]: after[field] });
  }
  const { id, title } = before;
  return guardedEntry<RequirementPatch>({
    describe: (t) => t('history.table.edit', { title }),
    id,
    version: after.version,
    before: undoPatch,
    after: redoPatch,
    write: async (patch, ifVersion) =>
      (await trackSave(requirementEdits.editRequirement(id, patch, { ifVersion })))?.after.version ?? null,
  });
}

/** An inline edit of one row, guarded by the version the row showed. */
export async function editFromTable(row: Requirement, patch: RequirementPatch): Promise<void> {
  const edit = await trackSave(requirementEdits.editRequirement(row.id, patch, { ifVersion: row.version }));
  if (edit) recordChange(editEntry(edit.before, edit.after, edit.fields));
}

/** Moves one row to the top of `stage` (where the board shows a newly arrived card). */
export async function moveFromTable(row: Requirement, stage: Stage, rank: string): Promise<void> {
  const moved = await trackSave(
    repositories.requirements.moveRequirement(row.id, stage.id, rank, { ifVersion: row.version }),
  );
  recordChange(moveEntry(moved, stage, row));
}
