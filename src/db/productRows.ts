// Every row of one product, read in one transaction so the set is one consistent moment (the sync
// mirror seeds or merges a product's doc from it).
import type { Table } from 'dexie';
import type { CairnEvent, Product } from '../domain/types';
import type { CairnDatabase } from './database';
import { requirementsOfProduct } from './boardIndex';

export interface ProductRows {
  product: Product | undefined;
  /** Rows of each named table whose productId is the product. */
  tables: Map<string, Record<string, unknown>[]>;
  events: CairnEvent[];
}

/** One table's rows of a product; requirements come from the board index (they have no productId index). */
export function productTableRows(
  db: CairnDatabase,
  table: Table<Record<string, unknown>, string>,
  productId: string,
): Promise<Record<string, unknown>[]> {
  return table.name === db.requirements.name
    ? requirementsOfProduct(db, productId).toArray()
    : table.where('productId').equals(productId).toArray();
}

export function readProductRows(
  db: CairnDatabase,
  productId: string,
  tableNames: readonly string[],
): Promise<ProductRows> {
  const tables = tableNames.map((name) => db.table<Record<string, unknown>, string>(name));
  return db.transaction('r', [db.products, db.events, ...tables], async () => {
    const product = await db.products.get(productId);
    const rows = await Promise.all(tables.map((table) => productTableRows(db, table, productId)));
    const events = await db.events.where('productId').equals(productId).toArray();
    return { product, tables: new Map(tableNames.map((name, i) => [name, rows[i] ?? []])), events };
  });
}
