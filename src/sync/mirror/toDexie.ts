// The doc's rows into Dexie. Every row is checked against its schema first: a bad row from
// another client is reported and skipped, never written. Stage limits are not checked here on
// purpose: the writer's device checked them, and refusing a merged card would lose it.
import type * as Y from 'yjs';
import { equalityDeep } from 'lib0/function';
import type { CairnDatabase } from '../../db/database';
import { writeRemote } from '../../db/localWrites';
import type { CairnEvent } from '../../domain/types';
import {
  decodeProduct,
  decodeRow,
  isPurged,
  productMap,
  rowMap,
  schemaOf,
  tableMap,
  type Row,
  type SyncedTable,
} from './docLayout';

export interface RejectedRow {
  table: SyncedTable | 'products' | 'events';
  id: string;
  /** Which fields are wrong and why. */
  problem: string;
}

/** What changed in the doc and is not in Dexie yet: row ids per table, the product row, new events. */
export interface DocChanges {
  rows: Map<SyncedTable, Set<string>>;
  product: boolean;
  events: unknown[];
}

export function noDocChanges(): DocChanges {
  return { rows: new Map(), product: false, events: [] };
}

export function isEmpty(changes: DocChanges): boolean {
  return changes.rows.size === 0 && !changes.product && changes.events.length === 0;
}

function checked(
  table: RejectedRow['table'],
  id: string,
  row: unknown,
  productId: string,
  onRejected: (r: RejectedRow) => void,
): Row | null {
  const parsed = schemaOf(table).safeParse(row);
  if (!parsed.success) {
    onRejected({
      table,
      id,
      problem: parsed.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; '),
    });
    return null;
  }
  const valid = parsed.data as Row;
  const owner = table === 'products' ? valid.id : valid.productId;
  if (valid.id !== id || owner !== productId) {
    onRejected({ table, id, problem: `belongs to ${String(owner)}/${String(valid.id)}, not ${productId}/${id}` });
    return null;
  }
  return valid;
}

/**
 * Writes `changes` to Dexie in one transaction marked remote (no undo entry, no event, not sent
 * back to the doc). Rows are read from the doc inside the transaction, after Dexie has the tables,
 * so a local write that committed just before is already in the doc and is not overwritten.
 */
export async function applyDocChanges(
  db: CairnDatabase,
  doc: Y.Doc,
  productId: string,
  changes: DocChanges,
  onRejected: (r: RejectedRow) => void,
): Promise<void> {
  if (isEmpty(changes)) return;
  const tables: string[] = [...changes.rows.keys()];
  if (changes.product) tables.push('products');
  if (changes.events.length > 0) tables.push('events');
  await writeRemote(db, tables, async () => {
    for (const [table, ids] of changes.rows) {
      const dexieTable = db.table<Row, string>(table);
      const keys = [...ids];
      const current = await dexieTable.bulkGet(keys);
      const rows = tableMap(doc, table);
      const puts: Row[] = [];
      const removals: string[] = [];
      keys.forEach((id, i) => {
        // A purged id is never written back, whatever copy of it the doc still holds.
        if (!rows.has(id) || isPurged(doc, table, id)) {
          if (current[i] !== undefined) removals.push(id);
          return;
        }
        const yRow = rowMap(doc, table, id);
        if (yRow === undefined) {
          onRejected({ table, id, problem: 'not a row (expected a map of fields)' });
          return;
        }
        const row = checked(table, id, decodeRow(table, yRow, { id, productId }), productId, onRejected);
        if (row && !equalityDeep(row, current[i])) puts.push(row);
      });
      if (puts.length > 0) await dexieTable.bulkPut(puts);
      if (removals.length > 0) await dexieTable.bulkDelete(removals);
    }
    if (changes.product) {
      const products = db.table<Row, string>('products');
      const current = await products.get(productId);
      const product = checked('products', productId, decodeProduct(productMap(doc)), productId, onRejected);
      if (product && !equalityDeep(product, current)) await products.put(product);
    }
    if (changes.events.length > 0) {
      const events = changes.events.flatMap((event) => {
        const id = typeof event === 'object' && event !== null && 'id' in event ? String(event.id) : '';
        const row = checked('events', id, event, productId, onRejected);
        return row ? [row as CairnEvent] : [];
      });
      // Events never change once written: one already here (from this device or a duplicate in the doc) is skipped.
      const present = await db.events.bulkGet(events.map((e) => e.id));
      const fresh = [...new Map(events.filter((_, i) => present[i] === undefined).map((e) => [e.id, e])).values()];
      if (fresh.length > 0) await db.events.bulkAdd(fresh);
    }
  });
}
