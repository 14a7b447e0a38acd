// Undo/redo entries for roadmap changes. Built here, outside the components, so
// an entry holds only the rows it replays, never a render's data.
import { roadmapRepository } from '../../db/roadmapAccess';
import type { InitiativePatch } from '../../db';
import type { Initiative } from '../../domain/roadmap/types';
import { guardedReplays, recordChange, type HistoryEntry } from '../../state/history';

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
  const replay = guardedReplays(after.version);
  const write = (row: Initiative) => replay((guard) => roadmapRepository.updateInitiative(after.id, pick(row, changed), guard));
  recordChange({
    describe: (t) => t(kind === 'move' ? 'history.initiativeMove' : 'history.initiativeEdit', { title: after.title }),
    undo: () => write(before),
    redo: () => write(after),
  });
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
