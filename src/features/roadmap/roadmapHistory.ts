// Undo/redo entries for roadmap changes. Built here, outside the components, so
// an entry holds only the rows it replays, never a render's data.
import { roadmapRepository } from '../../db/roadmapAccess';
import type { InitiativePatch } from '../../db';
import type { Initiative } from '../../domain/roadmap/types';
import type { Requirement } from '../../domain/types';
import { recordChange, type HistoryEntry } from '../../state/history';
import { guardedEntry } from '../../state/guardedEntry';

const FIELDS = [
  'title',
  'description',
  'laneId',
  'start',
  'end',
  'horizon',
  'milestone',
  'status',
  'ownerId',
  'color',
  'rank',
] as const;

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
      write: async (patch, ifVersion) =>
        (await roadmapRepository.updateInitiative(after.id, patch, { ifVersion }))?.version ?? null,
    }),
  );
}

/** Undo of an add or a delete: the initiative's trash flag, written back and forth under its version. */
function deletedEntry(
  initiative: Initiative,
  deleted: { before: boolean; after: boolean },
  describe: HistoryEntry['describe'],
): HistoryEntry {
  const { id } = initiative;
  return guardedEntry<boolean>({
    describe,
    id,
    version: initiative.version,
    ...deleted,
    write: async (trashed, ifVersion) =>
      (
        await (trashed
          ? roadmapRepository.deleteInitiative(id, { ifVersion })
          : roadmapRepository.restoreInitiative(id, { ifVersion }))
      ).version,
  });
}

export function recordInitiativeCreated(created: Initiative): void {
  recordChange(
    deletedEntry(created, { before: true, after: false }, (t) =>
      t('history.initiativeCreate', { title: created.title }),
    ),
  );
}

/** Deletes and records it; returns the entry so the toast's Undo can replay the same one. */
export async function deleteInitiativeRecorded(initiative: Initiative): Promise<HistoryEntry> {
  const deleted = await roadmapRepository.deleteInitiative(initiative.id);
  const entry = deletedEntry(deleted, { before: false, after: true }, (t) =>
    t('history.initiativeDelete', { title: initiative.title }),
  );
  recordChange(entry);
  return entry;
}

/** A requirement linked to an initiative (or unlinked: `after.initiativeId` null) from the roadmap's side. */
export function recordRequirementLink(before: Requirement, after: Requirement): void {
  if (before.initiativeId === after.initiativeId) return;
  const { id, title } = after;
  recordChange(
    guardedEntry<string | null>({
      describe: (t) =>
        t(after.initiativeId === null ? 'history.initiativeUnlink' : 'history.initiativeLink', { title }),
      id,
      version: after.version,
      before: before.initiativeId,
      after: after.initiativeId,
      write: async (initiativeId, ifVersion) =>
        (initiativeId === null
          ? await roadmapRepository.unlinkRequirement(id, { ifVersion })
          : await roadmapRepository.linkRequirement(initiativeId, id, { ifVersion })
        ).version,
    }),
  );
}
