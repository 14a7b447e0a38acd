// Undo/redo entries for roadmap changes. Built here, outside the components, so
// an entry holds only the rows it replays, never a render's data.
import { roadmapRepository } from '../../db/roadmapAccess';
import type { InitiativePatch } from '../../db';
import type { Initiative } from '../../domain/roadmap/types';
import { guardedEntry, recordChange, type HistoryEntry } from '../../state/history';

const FIELDS = ['title', 'description', 'laneId', 'start', 'end', 'horizon', 'milestone', 'status', 'ownerId', 'color', 'rank'] as const;

function pick(row: Initiative, keys: readonly (typeof FIELDS)[number][]): InitiativePatch {
  return Object.fromEntries(keys.map((key) => [key, row[key]])) as InitiativePatch;
}

/**
 * Records a change from `before` to `after` (as saved). Undo and redo write
 * only the fields that changed, and only while the initiative is as they left it.
 */
export function recordInitiativeChange(before: Initiative, after: Initiative, kind: 'move' | 'edit'): void {
  const changed = FIELDS.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  if (changed.length === 0) return;
  recordChange(
    guardedEntry<InitiativePatch>({
      describe: (t) => t(kind === 'move' ? 'history.initiativeMove' : 'history.initiativeEdit', { title: after.title }),
      id: after.id,
      version: after.version,
      before: pick(before, changed),
      after: pick(after, changed),
      write: async (patch, ifVersion) => (await roadmapRepository.updateInitiative(after.id, patch, { ifVersion }))?.version ?? null,
    }),
  );
}

export function recordInitiativeCreated(created: Initiative): void {
  recordChange({
    describe: (t) => t('history.initiativeCreate', { title: created.title }),
    undo: () => roadmapRepository.deleteInitiative(created.id),
    redo: () => roadmapRepository.restoreInitiative(created.id),
  });
}

/** Deletes and records it; returns the entry so the toast's Undo can replay the same one. */
export async function deleteInitiativeRecorded(initiative: Initiative): Promise<HistoryEntry> {
  await roadmapRepository.deleteInitiative(initiative.id);
  const entry: HistoryEntry = {
    describe: (t) => t('history.initiativeDelete', { title: initiative.title }),
    undo: () => roadmapRepository.restoreInitiative(initiative.id),
    redo: () => roadmapRepository.deleteInitiative(initiative.id),
  };
  recordChange(entry);
  return entry;
}
