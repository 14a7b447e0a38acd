// Who else needs to know about a committed write (the sync mirror). Dexie's table hooks are
// installed only while someone listens, so a Cairn with no sync runs no hook at all; writes made
// by `writeRemote` are not reported, so a mirror never echoes what it applied itself.
import type { CreatingHookContext, DeletingHookContext, Table, Transaction, UpdatingHookContext } from 'dexie';
import { equalityDeep } from 'lib0/function';
import type { CairnDatabase } from './database';

type Row = Record<string, unknown>;

/** One row as a committed transaction left it. */
export interface LocalWrite {
  table: string;
  id: string;
  /** The row after the write; null when it was removed (a purge). */
  row: Row | null;
  /** The row before the write; null when it was created. */
  before: Row | null;
  /** Top-level fields whose value changed (all fields for a created row, none for a removal). */
  changed: readonly string[];
}

export type LocalWriteListener = (writes: readonly LocalWrite[]) => void;

interface Watch {
  listeners: Set<LocalWriteListener>;
  uninstall: () => void;
}

const watches = new WeakMap<CairnDatabase, Watch>();
const remoteTransactions = new WeakSet<Transaction>();
const pendingByTransaction = new WeakMap<Transaction, LocalWrite[]>();

// `parent` is set by Dexie on a nested transaction but missing from its typings.
type Nested = Transaction & { parent?: Transaction | null };

/** Dexie runs a repository's nested `db.transaction` as a child of the outer one; the outer one commits. */
function rootOf(tx: Transaction): Transaction {
  let current = tx as Nested;
  while (current.parent) current = current.parent as Nested;
  return current;
}

/** Top-level fields whose values differ by content (an equal array in a new object is no change). */
export function changedFields(before: Row | null, after: Row | null): string[] {
  if (after === null) return [];
  if (before === null) return Object.keys(after);
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !equalityDeep(before[key], after[key]));
}

/** True inside `writeRemote`: another device's change, applied by the mirror. */
export function isRemoteWrite(tx: Transaction): boolean {
  return remoteTransactions.has(rootOf(tx));
}

function record(db: CairnDatabase, tx: Transaction, write: LocalWrite): void {
  const root = rootOf(tx);
  if (remoteTransactions.has(root)) return;
  let pending = pendingByTransaction.get(root);
  if (!pending) {
    const batch: LocalWrite[] = [];
    pending = batch;
    pendingByTransaction.set(root, batch);
    // Only what IndexedDB committed is reported: an aborted transaction never fires 'complete'.
    root.on('complete', () => {
      const listeners = watches.get(db)?.listeners;
      if (!listeners) return;
      for (const listener of listeners) listener(batch);
    });
  }
  pending.push(write);
}

function install(db: CairnDatabase, tableNames: readonly string[]): () => void {
  const removers: (() => void)[] = [];
  for (const name of tableNames) {
    const table = db.table(name) as Table<Row, string>;
    // Hook callbacks get Dexie's context as `this` (onsuccess runs once the row is written).
    function creating(this: CreatingHookContext<Row, string>, key: string, row: Row, tx: Transaction): void {
      this.onsuccess = () => record(db, tx, { table: name, id: key, row, before: null, changed: Object.keys(row) });
    }
    function updating(
      this: UpdatingHookContext<Row, string>,
      _mods: object,
      key: string,
      before: Row,
      tx: Transaction,
    ): void {
      this.onsuccess = (row) => {
        const changed = changedFields(before, row);
        if (changed.length > 0) record(db, tx, { table: name, id: key, row, before, changed });
      };
    }
    function deleting(
      this: DeletingHookContext<Row, string>,
      key: string,
      before: Row | undefined,
      tx: Transaction,
    ): void {
      if (before === undefined) return;
      this.onsuccess = () => record(db, tx, { table: name, id: key, row: null, before, changed: [] });
    }
    table.hook('creating', creating);
    table.hook('updating', updating);
    table.hook('deleting', deleting);
    removers.push(() => {
      table.hook.creating.unsubscribe(creating);
      table.hook.updating.unsubscribe(updating);
      table.hook.deleting.unsubscribe(deleting);
    });
  }
  return () => removers.forEach((remove) => remove());
}

/**
 * Calls `listener` with every committed transaction's writes to `tableNames`, once per
 * transaction. The hooks come off when the last listener leaves. One set of tables per
 * database: the first listener's.
 */
export function onLocalWrites(
  db: CairnDatabase,
  tableNames: readonly string[],
  listener: LocalWriteListener,
): () => void {
  let watch = watches.get(db);
  if (!watch) {
    watch = { listeners: new Set(), uninstall: install(db, tableNames) };
    watches.set(db, watch);
  }
  watch.listeners.add(listener);
  return () => {
    const current = watches.get(db);
    if (!current) return;
    current.listeners.delete(listener);
    if (current.listeners.size === 0) {
      current.uninstall();
      watches.delete(db);
    }
  };
}

/**
 * Runs `write` in one read-write transaction on `tableNames`, marked remote: `onLocalWrites`
 * listeners do not hear of it. The mirror applies another device's changes through this.
 */
export function writeRemote<T>(db: CairnDatabase, tableNames: readonly string[], write: () => Promise<T>): Promise<T> {
  return db.transaction(
    'rw',
    tableNames.map((name) => db.table(name)),
    async (tx) => {
      remoteTransactions.add(tx);
      return write();
    },
  );
}
