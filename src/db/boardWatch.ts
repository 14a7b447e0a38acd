// The board's rows kept in step with the database without re-reading them: after the first read,
// Dexie's `storagemutated` event (this tab's commits and, through its BroadcastChannel, other
// tabs') names the requirement ids a transaction wrote, and only those rows are read again. A
// live query would re-read every active row of the product after each drop (100,000 at the
// scale of issue 16) and hold up the next write behind that read.
import Dexie, { type ObservabilitySet } from 'dexie';
import { rangesOf } from './mutatedKeys';
import { boardRowsOf, withChanges, type BoardRows } from '../domain/boardRows';
import type { Requirement } from '../domain/types';
import type { CairnDatabase } from './database';
import { readInPages } from './boardIndex';
import { toStorageError } from './storageErrors';

/** The requirement ids a commit wrote, or 'all' when it wrote a range (a bulk write of 50 rows or more). */
export function writtenIds(db: CairnDatabase, parts: ObservabilitySet): string[] | 'all' | null {
  const set = parts[`idb://${db.name}/requirements/`];
  if (!set) return null;
  const ids: string[] = [];
  for (const { from, to } of rangesOf(set)) {
    if (typeof from !== 'string' || from !== to) return 'all';
    ids.push(from);
  }
  return ids;
}

/**
 * Calls `onRows` with the active requirements of `productId`, first after a full read and then
 * after every commit that wrote one of its requirements; `onPage` hears the pages of a full read as
 * they arrive. Returns the function that stops it.
 */
export function watchBoardRows(
  db: CairnDatabase,
  productId: string,
  onRows: (rows: BoardRows) => void,
  onError: (error: unknown) => void,
  onPage?: (rows: readonly Requirement[]) => void,
): () => void {
  const belongs = (row: Requirement) => row.productId === productId && row.state === 'active';
  let board: BoardRows | null = null;
  let reread = true;
  const dirty = new Set<string>();
  let running = false;
  let stopped = false;

  const pump = async () => {
    if (running) return;
    running = true;
    try {
      while (!stopped && (reread || dirty.size > 0)) {
        if (reread || board === null) {
          reread = false;
          dirty.clear();
          // A reader per stage, all at once: IndexedDB reads the next page of one stage while this
          // thread decodes another's (at 100,000 rows one reader took 2 s). A row moved meanwhile may
          // be read in two stages, or in none; boardRowsOf keeps one copy, and the move's commit,
          // heard after the `dirty.clear()` above, reads it again as it is now.
          const stageIds = await db.stages.where('productId').equals(productId).primaryKeys();
          const perStage = await Promise.all(
            stageIds.map((stageId) => readInPages(db, productId, 'active', undefined, onPage, stageId)),
          );
          const rows = perStage.flat();
          board = boardRowsOf(rows);
        } else {
          const ids = [...dirty];
          dirty.clear();
          board = withChanges(board, ids, await db.requirements.bulkGet(ids), belongs);
        }
        if (!stopped) onRows(board);
      }
    } catch (error) {
      if (!stopped) onError(toStorageError(error));
    } finally {
      running = false;
    }
  };

  const onMutated = (parts: ObservabilitySet) => {
    const ids = writtenIds(db, parts);
    if (ids === null) return;
    if (ids === 'all') reread = true;
    else for (const id of ids) dirty.add(id);
    void pump();
  };
  Dexie.on('storagemutated', onMutated);
  void pump();
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}
