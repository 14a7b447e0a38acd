// The write path's own gate for view-only products: whatever control forgot to ask, a local write
// to such a product's rows aborts its whole transaction, so nothing of it is kept. Changes applied
// by the sync mirror (`writeRemote`) pass. Installed by team sync only: without it no hook runs.
import type { Table, Transaction } from 'dexie';
import type { CairnDatabase } from './database';
import { isRemoteWrite } from './localWrites';

type Row = { productId?: unknown };

/**
 * Refuses local writes to `tableNames` for every product `isViewOnly` names, throwing
 * `refusal()` (a translated `viewOnly` error) from inside the transaction. Returns the remover.
 */
export function refuseViewOnlyWrites(
  db: CairnDatabase,
  tableNames: readonly string[],
  isViewOnly: (productId: string) => boolean,
  refusal: () => Error,
): () => void {
  const check = (row: Row | undefined, tx: Transaction) => {
    if (typeof row?.productId === 'string' && isViewOnly(row.productId) && !isRemoteWrite(tx)) throw refusal();
  };
  const removers = tableNames.map((name) => {
    const table = db.table(name) as Table<Row, string>;
    const creating = (_key: string, row: Row, tx: Transaction) => check(row, tx);
    // The row as it was: moving a row out of a view-only product is a change to it too.
    const updating = (mods: object, _key: string, before: Row, tx: Transaction) => {
      check(before, tx);
      check(mods as Row, tx);
    };
    const deleting = (_key: string, before: Row | undefined, tx: Transaction) => check(before, tx);
    table.hook('creating', creating);
    table.hook('updating', updating);
    table.hook('deleting', deleting);
    return () => {
      table.hook.creating.unsubscribe(creating);
      table.hook.updating.unsubscribe(updating);
      table.hook.deleting.unsubscribe(deleting);
    };
  });
  return () => removers.forEach((remove) => remove());
}
