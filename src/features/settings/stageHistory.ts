// Undo/redo entries for stage changes (Settings → Stages). Built here, outside
// the components, so an entry holds only the ids and values it replays.
import type { StagePatch } from '../../db';
import { stageWrites, type MovedRequirement } from '../../db/stagesAccess';
import type { Stage } from '../../domain/types';
import { recordChange, type HistoryEntry } from '../../state/history';
import { guardedEntry } from '../../state/guardedEntry';

/** The stage's current values of the fields a patch changes. */
function previousValues(stage: Stage, patch: StagePatch): StagePatch {
  const before: StagePatch = {};
  for (const key of Object.keys(patch) as (keyof StagePatch)[]) (before as Record<string, unknown>)[key] = stage[key];
  return before;
}

/**
 * Writes a stage edit and records it. The edit itself wins over older values
 * (like any field edit); undo and redo write only while the stage is as they
 * left it, so they never overwrite a newer change.
 */
export async function editStage(stage: Stage, patch: StagePatch, name: string): Promise<void> {
  const before = previousValues(stage, patch);
  const saved = await stageWrites.updateStage(stage.id, patch);
  recordChange(
    guardedEntry<StagePatch>({
      describe: (t) => t('history.stageEdit', { name }),
      id: stage.id,
      version: saved.version,
      before,
      after: patch,
      write: async (values, ifVersion) => (await stageWrites.updateStage(stage.id, values, { ifVersion })).version,
    }),
  );
}

export async function moveStage(stage: Stage, from: number, to: number, name: string): Promise<void> {
  const moved = await stageWrites.moveStage(stage.id, to);
  recordChange(
    guardedEntry<number>({
      describe: (t) => t('history.stageMove', { name }),
      id: stage.id,
      version: moved.version,
      before: from,
      after: to,
      write: async (index, ifVersion) => (await stageWrites.moveStage(stage.id, index, { ifVersion })).version,
    }),
  );
}

/**
 * Undo of an add or a delete: the stage's trash flag. Deleting again moves its
 * requirements as the first time (`moveTo`); restoring puts back those the last
 * deletion moved, except any changed since. A stage given requirements since
 * cannot silently vanish: deleteStage refuses, and undo says so.
 */
function deletedEntry(
  deleted: { before: boolean; after: boolean },
  stage: Stage,
  moveTo: string | null,
  moved: MovedRequirement[],
  describe: HistoryEntry['describe'],
): HistoryEntry {
  let lastMoved = moved;
  return guardedEntry<boolean>({
    describe,
    id: stage.id,
    version: stage.version,
    ...deleted,
    write: async (trashed, ifVersion) => {
      if (!trashed) return (await stageWrites.restoreStage(stage.id, lastMoved, { ifVersion })).version;
      const deletion = await stageWrites.deleteStage(stage.id, moveTo, { ifVersion });
      lastMoved = deletion.moved;
      return deletion.stage.version;
    },
  });
}

export async function addStage(productId: string, name: string, color: string): Promise<void> {
  const stage = await stageWrites.addStage(productId, name, color);
  recordChange(deletedEntry({ before: true, after: false }, stage, null, [], (t) => t('history.stageAdd', { name })));
}

export async function deleteStage(stage: Stage, moveTo: string | null, name: string): Promise<void> {
  const deletion = await stageWrites.deleteStage(stage.id, moveTo);
  recordChange(
    deletedEntry({ before: false, after: true }, deletion.stage, moveTo, deletion.moved, (t) =>
      t('history.stageDelete', { name }),
    ),
  );
}
