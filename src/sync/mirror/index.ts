// The Dexie ↔ Y.Doc mirror of one product (docs/ARCHITECTURE.md, "Sync: the mirror"). Only ever
// reached through a dynamic import: Yjs must not weigh on the start-up of a Cairn without sync.
import type * as Y from 'yjs';
import type { CairnDatabase } from '../../db/database';
import { onLocalWrites } from '../../db/localWrites';
import { readProductRows } from '../../db/productRows';
import {
  eventArrays,
  eventArraysChangedBy,
  parsePurgedKey,
  productMap,
  purgedMap,
  SYNCED_TABLES,
  tableMap,
  type SyncedTable,
} from './docLayout';
import { addRowId, dropPurgedRows, purgedIds } from './purge';
import { applyDocChanges, isEmpty, noDocChanges, type DocChanges, type RejectedRow } from './toDexie';
import { mergeLocalIntoDoc } from './firstMerge';
import { LOCAL_ORIGIN, pushLocalWrites } from './toDoc';

export type { RejectedRow } from './toDexie';
export { SYNCED_TABLES, type SyncedTable } from './docLayout';

export interface MirrorOptions {
  /** A row from the doc failed its schema (or names another product): it was skipped. */
  onRejected?: (rejected: RejectedRow) => void;
  /** Writing to Dexie failed (storage full, database closed); the doc keeps the change. */
  onError?: (error: unknown) => void;
}

export interface Mirror {
  stop(): void;
  /** Settles once every doc change seen so far is in Dexie (the first merge included). */
  whenIdle(): Promise<void>;
}

function eventId(event: unknown): string | null {
  return typeof event === 'object' && event !== null && 'id' in event && typeof event.id === 'string' ? event.id : null;
}

/** Every row, the product and every event in the doc: what the first merge checks Dexie against. */
function wholeDoc(doc: Y.Doc): DocChanges {
  const changes = noDocChanges();
  for (const table of SYNCED_TABLES) {
    const ids = [...tableMap(doc, table).keys()];
    if (ids.length > 0) changes.rows.set(table, new Set(ids));
  }
  for (const [table, ids] of purgedIds(doc)) for (const id of ids) addRowId(changes.rows, table, id);
  changes.product = productMap(doc).size > 0;
  changes.events = eventArrays(doc).flatMap((events) => events.toArray());
  return changes;
}

/**
 * Keeps `productId`'s rows in `db` and `doc` the same until `stop()`. Start it once the doc has
 * loaded from its local persistence, and, for a doc that has never synced, after the provider's
 * first sync (seeding an empty doc that the server then fills would pit two copies of each row
 * against each other). First merge: rows only in Dexie go into the doc, rows only in the doc go
 * into Dexie, and for rows in both the newer `updatedAt` wins field by field, the doc on a tie;
 * events are the union by id. Afterwards each local transaction becomes one doc transaction, and
 * each doc transaction from elsewhere becomes one Dexie transaction, marked remote. A purged id
 * (`purge.ts`) is gone for good on every side, whatever copy of its row turns up later.
 */
export function startMirror(db: CairnDatabase, doc: Y.Doc, productId: string, options: MirrorOptions = {}): Mirror {
  const onRejected =
    options.onRejected ?? ((r: RejectedRow) => console.warn(`sync: skipped ${r.table} ${r.id}: ${r.problem}`));
  const onError = options.onError ?? ((error: unknown) => console.error('sync: could not apply a change', error));
  const knownEvents = new Set<string>();
  const reported = new WeakSet<object>();
  let pending = noDocChanges();
  let queue: Promise<void> = Promise.resolve();
  let stopped = false;

  // Doc changes are written in order, one job at a time: two Dexie transactions of the mirror never race.
  const enqueue = (job: () => Promise<void>) => {
    queue = queue.then(() => (stopped ? undefined : job())).catch(onError);
  };

  const unobserve = SYNCED_TABLES.map((table) => {
    const rows = tableMap(doc, table);
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
      if (transaction.origin === LOCAL_ORIGIN) return;
      const ids = pending.rows.get(table) ?? new Set<string>();
      for (const event of events) {
        if (event.target === rows) for (const id of event.changes.keys.keys()) ids.add(id);
        else if (typeof event.path[0] === 'string') ids.add(event.path[0]);
      }
      if (ids.size > 0) pending.rows.set(table, ids);
    };
    rows.observeDeep(observer);
    return () => rows.unobserveDeep(observer);
  });
  const product = productMap(doc);
  const onProduct = (_event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
    if (transaction.origin !== LOCAL_ORIGIN) pending.product = true;
  };
  product.observe(onProduct);
  // A purge record from elsewhere: the row goes from Dexie (and from the doc, if a copy came back).
  const purged = purgedMap(doc);
  const onPurged = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
    if (transaction.origin === LOCAL_ORIGIN) return;
    for (const key of event.keysChanged) {
      const named = parsePurgedKey(key);
      if (named) addRowId(pending.rows, named.table, named.id);
    }
  };
  purged.observe(onPurged);

  // Doc changes reach Dexie; a purged row that came back in them first leaves the doc again.
  const apply = (changes: DocChanges) => {
    doc.transact(() => dropPurgedRows(doc, changes.rows), LOCAL_ORIGIN);
    return applyDocChanges(db, doc, productId, changes, onRejected);
  };

  const afterTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === LOCAL_ORIGIN) return;
    for (const events of eventArraysChangedBy(doc, transaction)) {
      for (const event of events.toArray()) {
        const id = eventId(event);
        if (id !== null && knownEvents.has(id)) continue;
        // An entry without an id is reported once, not on every later change of its month.
        if (id === null && typeof event === 'object' && event !== null) {
          if (reported.has(event)) continue;
          reported.add(event);
        }
        if (id !== null) knownEvents.add(id);
        pending.events.push(event);
      }
    }
    if (isEmpty(pending)) return;
    const changes = pending;
    pending = noDocChanges();
    enqueue(() => apply(changes));
  };
  doc.on('afterTransaction', afterTransaction);

  const tables: readonly SyncedTable[] = SYNCED_TABLES;
  const stopLocal = onLocalWrites(db, [...tables, 'products', 'events'], (writes) => {
    if (stopped) return;
    // A local write to a row purged elsewhere (it arrived while the write ran) is undone here.
    const refused = pushLocalWrites(doc, productId, tables, writes, knownEvents);
    if (refused.size > 0) enqueue(() => apply({ ...noDocChanges(), rows: refused }));
  });

  enqueue(async () => {
    const local = await readProductRows(db, productId, tables);
    for (const events of eventArrays(doc))
      for (const event of events.toArray()) {
        const id = eventId(event);
        if (id !== null) knownEvents.add(id);
      }
    mergeLocalIntoDoc(doc, local, tables, knownEvents);
    await apply(wholeDoc(doc));
  });

  return {
    stop() {
      if (stopped) return;
      stopped = true;
      stopLocal();
      unobserve.forEach((off) => off());
      product.unobserve(onProduct);
      purged.unobserve(onPurged);
      doc.off('afterTransaction', afterTransaction);
    },
    whenIdle: () => queue,
  };
}
