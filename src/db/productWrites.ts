// Creating, renaming and withdrawing products (members: members.ts); loaded with the product form
// (see productWritesAccess.ts), not with the board.
import { defaultStages } from '../domain/rows/stage';
import { newProduct } from '../domain/rows/product';
import type { CairnEvent, Env, Product } from '../domain/types';
import type { CairnDatabase } from './database';
import { CairnWriteError } from '../domain/errors';
import { newEvent, assertFound, assertLive, checkVersion } from './writePath';

export function createProductWriteRepository(db: CairnDatabase, env: Env) {
  const event = (
    productId: string,
    type: CairnEvent['type'],
    data: Record<string, unknown>,
    entityId = productId,
  ): CairnEvent => newEvent(env, productId, entityId, type, data);

  // There is no product deletion event type: like a tag colour, it is logged as a settings change.
  async function setDeleted(product: Product, deleted: boolean): Promise<Product> {
    const next = { ...product, deleted, updatedAt: env.now(), version: product.version + 1 };
    await db.products.put(next);
    await db.events.add(
      event(product.id, 'product.settingsChanged', { deleted: { from: product.deleted, to: deleted } }),
    );
    return next;
  }

  return {
    /** A new product starts with the default lifecycle, in the same transaction. */
    async createProduct(name: string): Promise<Product> {
      const trimmed = name.trim();
      if (!trimmed) throw new CairnWriteError('invalidInput', 'A product needs a name');
      return db.transaction('rw', db.products, db.stages, db.events, async () => {
        const product = newProduct(env, { name: trimmed });
        await db.products.add(product);
        await db.stages.bulkAdd(defaultStages(product.id, env));
        await db.events.add(event(product.id, 'product.created', { name: trimmed }));
        return product;
      });
    },

    /** `guard.ifVersion` (undo, redo): only if nobody changed the product since. */
    async renameProduct(id: string, name: string, guard?: { ifVersion?: number }): Promise<Product> {
      const trimmed = name.trim();
      if (!trimmed) throw new CairnWriteError('invalidInput', 'A product needs a name');
      return db.transaction('rw', db.products, db.events, async () => {
        const product = await db.products.get(id);
        assertLive(product, `Product ${id} does not exist`);
        checkVersion(product, guard, product.name, `Product ${id} changed since`);
        const renamed = { ...product, name: trimmed, updatedAt: env.now(), version: product.version + 1 };
        await db.products.put(renamed);
        await db.events.add(event(id, 'product.renamed', { from: product.name, to: trimmed }));
        return renamed;
      });
    },

    /**
     * Takes back a product just created (undo): soft-deletes it, but only while
     * nothing was written into it since. Any event about another row of the
     * product (a stage, a requirement, a lane…) means work would be lost, so
     * it is refused as 'stale'; the product row's own changes are caught by its version.
     */
    async withdrawNewProduct(id: string, guard: { ifVersion: number }): Promise<Product> {
      return db.transaction('rw', db.products, db.events, async () => {
        const product = await db.products.get(id);
        assertLive(product, `Product ${id} does not exist`);
        checkVersion(product, guard, product.name, `Product ${id} changed since`);
        const events = await db.events.where('productId').equals(id).toArray();
        if (events.some((e) => e.entityId !== id))
          throw new CairnWriteError('stale', `Product ${id} has work in it`, { title: product.name });
        return setDeleted(product, true);
      });
    },

    /** Brings a withdrawn product back (redo of its creation). */
    async restoreProduct(id: string, guard: { ifVersion: number }): Promise<Product> {
      return db.transaction('rw', db.products, db.events, async () => {
        const product = await db.products.get(id);
        assertFound(product, `Product ${id} does not exist`);
        checkVersion(product, guard, product.name, `Product ${id} changed since`);
        return product.deleted ? setDeleted(product, false) : product;
      });
    },
  };
}
