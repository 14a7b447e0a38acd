// What a device brings when its mirror starts: rows the doc lacks, and its own edits made while no
// mirror ran (sync not loaded yet, or left and joined again). For a row both hold, the newer
// `updatedAt` wins, field by field; on a tie the doc wins. Times come from different clocks, but
// only rows that differ are compared, and those are edits one side never saw.
import type * as Y from 'yjs';
import { changedFields } from '../../db/localWrites';
import type { ProductRows } from '../../db/productRows';
import { decodeProduct, decodeRow, isPurged, productMap, rowMap, type Row, type SyncedTable } from './docLayout';
import { appendEvents, LOCAL_ORIGIN, putProduct, putRow } from './toDoc';

function isNewer(local: Row, inDoc: Row): boolean {
  // ISO-8601 times of one format compare as text.
  return (
    typeof local.updatedAt === 'string' && typeof inDoc.updatedAt === 'string' && local.updatedAt > inDoc.updatedAt
  );
}

/** One doc transaction: Dexie's rows and events into the doc, by the rule above. */
export function mergeLocalIntoDoc(
  doc: Y.Doc,
  local: ProductRows,
  tables: readonly SyncedTable[],
  knownEvents: Set<string>,
): void {
  doc.transact(() => {
    if (local.product) {
      const product = productMap(doc);
      const inDoc = decodeProduct(product);
      if (product.size === 0) putProduct(doc, local.product, null);
      else if (isNewer(local.product, inDoc)) putProduct(doc, local.product, changedFields(inDoc, local.product));
    }
    for (const table of tables) {
      for (const row of local.tables.get(table) ?? []) {
        if (isPurged(doc, table, String(row.id))) continue;
        const yRow = rowMap(doc, table, String(row.id));
        if (yRow === undefined) {
          putRow(doc, table, row, null);
          continue;
        }
        const inDoc = decodeRow(table, yRow, { id: String(row.id), productId: String(row.productId) });
        if (isNewer(row, inDoc)) putRow(doc, table, row, changedFields(inDoc, row));
      }
    }
    appendEvents(doc, local.events, knownEvents);
  }, LOCAL_ORIGIN);
}
