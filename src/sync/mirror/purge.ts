// Rows removed for good (the trash emptied) stay removed on every client: the purge record in the
// doc outlives the row, so a client that was offline, or whose copy of the row arrives later,
// deletes it instead of bringing it back. The row itself leaves the doc, so its content goes too.
import type * as Y from 'yjs';
import { isPurged, parsePurgedKey, purgedKey, purgedMap, tableMap, type SyncedTable } from './docLayout';

export type RowIds = Map<SyncedTable, Set<string>>;

export function addRowId(ids: RowIds, table: SyncedTable, id: string): void {
  const set = ids.get(table);
  if (set) set.add(id);
  else ids.set(table, new Set([id]));
}

/** Records the purge and removes the row. Call inside a doc transaction. */
export function purgeRow(doc: Y.Doc, table: SyncedTable, id: string, at: string): void {
  const purged = purgedMap(doc);
  const key = purgedKey(table, id);
  if (!purged.has(key)) purged.set(key, at);
  tableMap(doc, table).delete(id);
}

/** Every purged id, by table (a first merge removes them from Dexie). */
export function purgedIds(doc: Y.Doc): RowIds {
  const ids: RowIds = new Map();
  for (const key of purgedMap(doc).keys()) {
    const named = parsePurgedKey(key);
    if (named) addRowId(ids, named.table, named.id);
  }
  return ids;
}

/**
 * Removes from the doc the rows among `ids` that are purged yet present: a copy another client
 * wrote before it heard of the purge. Call inside a doc transaction; true when it removed any.
 */
export function dropPurgedRows(doc: Y.Doc, ids: RowIds): boolean {
  let dropped = false;
  for (const [table, set] of ids) {
    const rows = tableMap(doc, table);
    for (const id of set) {
      if (rows.has(id) && isPurged(doc, table, id)) {
        rows.delete(id);
        dropped = true;
      }
    }
  }
  return dropped;
}
