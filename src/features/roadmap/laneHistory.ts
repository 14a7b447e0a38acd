// Undo/redo entries for the roadmap's lanes (Lanes dialog). Each function writes
// and records, so an entry holds only the ids and values it replays.
import type { LanePatch, MovedInitiative } from '../../db';
import { roadmapRepository } from '../../db/roadmapAccess';
import type { Lane } from '../../domain/roadmap/types';
import { recordChange, type HistoryEntry } from '../../state/history';
import { guardedEntry } from '../../state/guardedEntry';

/**
 * Undo of an add or a delete: the lane's trash flag. Deleting again moves its
 * initiatives as the first time (`moveTo`); restoring puts back those the last
 * deletion moved, except any changed since.
 */
function deletedEntry(
  lane: Lane,
  deleted: { before: boolean; after: boolean },
  moveTo: string | null,
  moved: MovedInitiative[],
  describe: HistoryEntry['describe'],
): HistoryEntry {
  let lastMoved = moved;
  return guardedEntry<boolean>({
    describe,
    id: lane.id,
    version: lane.version,
    ...deleted,
    write: async (trashed, ifVersion) => {
      if (!trashed) return (await roadmapRepository.restoreLane(lane.id, lastMoved, { ifVersion })).version;
      const deletion = await roadmapRepository.deleteLane(lane.id, moveTo, { ifVersion });
      lastMoved = deletion.moved;
      return deletion.lane.version;
    },
  });
}

export async function addLane(productId: string, name: string, color: string): Promise<Lane> {
  const lane = await roadmapRepository.createLane(productId, name, color);
  recordChange(
    deletedEntry(lane, { before: true, after: false }, null, [], (t) => t('history.laneAdd', { name: lane.name })),
  );
  return lane;
}

/** A rename or a recolour; undo and redo write only the fields it changed. */
export async function editLane(lane: Lane, patch: LanePatch): Promise<Lane> {
  const before: LanePatch = {};
  if (patch.name !== undefined) before.name = lane.name;
  if (patch.color !== undefined) before.color = lane.color;
  const saved = await roadmapRepository.updateLane(lane.id, patch);
  const key = patch.name === undefined ? 'history.laneColor' : 'history.laneRename';
  recordChange(
    guardedEntry<LanePatch>({
      describe: (t) => t(key, { name: saved.name }),
      id: lane.id,
      version: saved.version,
      before,
      after: patch,
      write: async (values, ifVersion) => (await roadmapRepository.updateLane(lane.id, values, { ifVersion })).version,
    }),
  );
  return saved;
}

export async function moveLane(lane: Lane, from: number, to: number): Promise<Lane> {
  const moved = await roadmapRepository.moveLane(lane.id, to);
  recordChange(
    guardedEntry<number>({
      describe: (t) => t('history.laneMove', { name: lane.name }),
      id: lane.id,
      version: moved.version,
      before: from,
      after: to,
      write: async (index, ifVersion) => (await roadmapRepository.moveLane(lane.id, index, { ifVersion })).version,
    }),
  );
  return moved;
}

/** Deletes a lane (its initiatives move to `moveTo`) and records it; undo brings both back. */
export async function deleteLane(lane: Lane, moveTo: string | null): Promise<HistoryEntry> {
  const deletion = await roadmapRepository.deleteLane(lane.id, moveTo);
  const entry = deletedEntry(deletion.lane, { before: false, after: true }, moveTo, deletion.moved, (t) =>
    t('history.laneDelete', { name: lane.name }),
  );
  recordChange(entry);
  return entry;
}
