// Undo/redo entries for stage changes (Settings → Stages). Built here, outside
// the components, so an entry holds only the ids and values it replays.
import type { StagePatch } from '../../db';
import { stageWrites, type MovedRequirement } from '../../db/stagesAccess';
import type { Stage } from '../../domain/types';
import { guardedEntry, recordChange } from '../../state/history';

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
  await stageWrites.moveStage(stage.id, to);
  recordChange({
    describe: (t) => t('history.stageMove', { name }),
    undo: () => stageWrites.moveStage(stage.id, from),
    redo: () => stageWrites.moveStage(stage.id, to),
  });
}

export async function addStage(productId: string, name: string, color: string): Promise<void> {
  const stage = await stageWrites.addStage(productId, name, color);
  recordChange({
    describe: (t) => t('history.stageAdd', { name }),
    // A stage given requirements since cannot silently vanish: deleteStage refuses, and undo says so.
    undo: () => stageWrites.deleteStage(stage.id, null),
    redo: () => stageWrites.restoreStage(stage.id, []),
  });
}

export async function deleteStage(stage: Stage, moveTo: string | null, name: string): Promise<void> {
  let moved: MovedRequirement[] = await stageWrites.deleteStage(stage.id, moveTo);
  recordChange({
    describe: (t) => t('history.stageDelete', { name }),
    undo: () => stageWrites.restoreStage(stage.id, moved),
    redo: async () => {
      moved = await stageWrites.deleteStage(stage.id, moveTo);
    },
  });
}
