// Undo/redo entries for creating and renaming products; loaded with the product form.
import '../../i18n/historyMessages';
import '../../i18n/productMessages';
import { productWrites } from '../../db/productWritesAccess';
import type { Product } from '../../domain/types';
import { recordChange, type HistoryEntry } from '../../state/history';
import { guardedEntry } from '../../state/guardedEntry';
import { setCurrentProduct } from '../../state/preferences';

export async function renameProductRecorded(product: Product, name: string): Promise<Product> {
  // The same name again is no change: nothing to write, nothing to undo.
  if (name.trim() === product.name) return product;
  const saved = await productWrites.renameProduct(product.id, name);
  recordChange(
    guardedEntry<string>({
      describe: (t) => t('history.productRename', { name: saved.name }),
      id: product.id,
      version: saved.version,
      before: product.name,
      after: saved.name,
      write: async (value, ifVersion) => (await productWrites.renameProduct(product.id, value, { ifVersion })).version,
      productId: product.id,
    }),
  );
  return saved;
}

/**
 * Creates a product, opens it and records it. Undo takes the product back
 * (soft-deleted, so redo brings the same one back) and returns to the product
 * that was open, but only while nothing was written into the new one: its
 * work is never thrown away by an undo. Switching products clears the
 * history except entries of the product switched to, so the entry says it
 * belongs to whichever of the two products its last replay left open.
 */
export async function createProductRecorded(name: string, fromProductId: string): Promise<Product> {
  const product = await productWrites.createProduct(name);
  let openProductId = product.id;
  const entry = guardedEntry<boolean>({
    describe: (t) => t('history.productCreate', { name: product.name }),
    id: product.id,
    version: product.version,
    before: true,
    after: false,
    write: async (withdrawn, ifVersion) => {
      const saved = withdrawn
        ? await productWrites.withdrawNewProduct(product.id, { ifVersion })
        : await productWrites.restoreProduct(product.id, { ifVersion });
      openProductId = withdrawn ? fromProductId : product.id;
      setCurrentProduct(openProductId);
      return saved.version;
    },
  });
  const located: HistoryEntry = {
    ...entry,
    get productId() {
      return openProductId;
    },
  };
  recordChange(located);
  setCurrentProduct(product.id);
  return product;
}
