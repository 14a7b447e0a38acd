// Local rows into the doc. Only the fields a write changed are set, so a concurrent edit of
// another field on another device survives the merge; a field whose doc value is already equal is
// left alone (setting it again would make it win over a concurrent change for no reason).
import * as Y from 'yjs';
import { equalityDeep } from 'lib0/function';
import type { LocalWrite } from '../../db/localWrites';
import type { CairnEvent } from '../../domain/types';
import {
  docKeyOf,
  encodeRow,
  eventsArrayName,
  isDocDefault,
  isPurged,
  productMap,
  rowMap,
  tableMap,
  type Row,
  type SyncedTable,
} from './docLayout';
import { addRowId, purgeRow, type RowIds } from './purge';

/** Marks the doc transactions the mirror makes from Dexie, so they are not applied back. */
export const LOCAL_ORIGIN = Symbol('cairn mirror: from Dexie');

function setFields(
  table: SyncedTable | 'products',
  yRow: Y.Map<unknown>,
  fields: Map<string, unknown>,
  only: ReadonlySet<string> | null,
): void {
  for (const [key, value] of fields) {
    if (only && !only.has(key)) continue;
    // A missing field reads as its default: writing the default would only add an item.
    if (!yRow.has(key) && isDocDefault(table, key, value)) continue;
    if (!equalityDeep(yRow.get(key), value)) yRow.set(key, structuredClone(value));
  }
  if (only) for (const key of only) if (!fields.has(key) && yRow.has(key)) yRow.delete(key);
}

/** Writes one row's changed fields (all of them for a row the doc lacks). */
export function putRow(doc: Y.Doc, table: SyncedTable, row: Row, changed: readonly string[] | null): void {
  const id = String(row.id);
  const fields = encodeRow(table, row);
  const existing = rowMap(doc, table, id);
  if (existing) {
    setFields(
      table,
      existing,
      fields,
      changed === null ? null : new Set(changed.map((field) => docKeyOf(table, field))),
    );
    return;
  }
  const yRow = new Y.Map<unknown>();
  for (const [key, value] of fields) if (!isDocDefault(table, key, value)) yRow.set(key, structuredClone(value));
  tableMap(doc, table).set(id, yRow);
}

export function putProduct(doc: Y.Doc, row: Row, changed: readonly string[] | null): void {
  setFields('products', productMap(doc), encodeRow('products', row), changed === null ? null : new Set(changed));
}

/** Appends events the doc does not hold yet (`known`: every event id in the doc). */
export function appendEvents(doc: Y.Doc, events: readonly CairnEvent[], known: Set<string>): void {
  for (const event of events) {
    if (known.has(event.id)) continue;
    known.add(event.id);
    doc.getArray<unknown>(eventsArrayName(event)).push([structuredClone(event)]);
  }
}

function isSynced(table: string, tables: readonly string[]): table is SyncedTable {
  return tables.includes(table);
}

/**
 * One committed Dexie transaction's writes to this product, as one doc transaction. A row removed
 * for good is recorded as purged; a write to a row purged elsewhere is not sent, and its id is
 * returned so the mirror removes that row here too.
 */
export function pushLocalWrites(
  doc: Y.Doc,
  productId: string,
  tables: readonly SyncedTable[],
  writes: readonly LocalWrite[],
  knownEvents: Set<string>,
): RowIds {
  const refused: RowIds = new Map();
  const mine = writes.filter((w) => (w.row ?? w.before)?.[w.table === 'products' ? 'id' : 'productId'] === productId);
  if (mine.length === 0) return refused;
  // A transaction that removes the product row itself is this device letting go of the product (a
  // backup restored over it): its removals are not the team's, so only what it writes is sent.
  const letGo = mine.some((w) => w.table === 'products' && w.row === null);
  // The purge's own event carries its time; the clock only for a removal that logs none.
  const loggedAt = mine.find((w) => w.table === 'events' && typeof w.row?.at === 'string')?.row?.at;
  const purgedAt = typeof loggedAt === 'string' ? loggedAt : new Date().toISOString();
  // A row removed and written again in one transaction is still there: its removal is not a purge.
  const last = new Map(mine.map((w) => [`${w.table}/${w.id}`, w]));
  doc.transact(() => {
    for (const write of mine) {
      if (write.table === 'events') {
        if (write.row) appendEvents(doc, [write.row as CairnEvent], knownEvents);
      } else if (write.table === 'products') {
        if (write.row) putProduct(doc, write.row, write.changed);
      } else if (isSynced(write.table, tables)) {
        if (isPurged(doc, write.table, write.id)) addRowId(refused, write.table, write.id);
        else if (write.row) putRow(doc, write.table, write.row, write.before === null ? null : write.changed);
        else if (!letGo && last.get(`${write.table}/${write.id}`) === write)
          purgeRow(doc, write.table, write.id, purgedAt);
      }
    }
  }, LOCAL_ORIGIN);
  return refused;
}
