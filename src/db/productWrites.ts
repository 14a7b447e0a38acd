// Creating and renaming products and adding members; loaded with the product form
// (see productWritesAccess.ts), not with the board.
import { defaultStages } from '../domain/rows/stage';
import { newMember, newProduct } from '../domain/rows/product';
import type { CairnEvent, Env, Member, MemberRole, Product } from '../domain/types';
import type { CairnDatabase } from './database';
import { CairnWriteError } from '../domain/errors';
import { newEvent, assertFound } from './writePath';

export function createProductWriteRepository(db: CairnDatabase, env: Env) {
  const event = (
    productId: string,
    type: CairnEvent['type'],
    data: Record<string, unknown>,
    entityId = productId,
  ): CairnEvent => newEvent(env, productId, entityId, type, data);

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

    async renameProduct(id: string, name: string): Promise<void> {
      const trimmed = name.trim();
      if (!trimmed) throw new CairnWriteError('invalidInput', 'A product needs a name');
      await db.transaction('rw', db.products, db.events, async () => {
        const product = await db.products.get(id);
        assertFound(product, `Product ${id} does not exist`);
        await db.products.put({ ...product, name: trimmed, updatedAt: env.now(), version: product.version + 1 });
        await db.events.add(event(id, 'product.renamed', { from: product.name, to: trimmed }));
      });
    },

    async createMember(productId: string, name: string, role: MemberRole): Promise<Member> {
      const trimmed = name.trim();
      if (!trimmed) throw new CairnWriteError('invalidInput', 'A member needs a name');
      return db.transaction('rw', db.members, db.events, async () => {
        const member = newMember(env, { productId, name: trimmed, role });
        await db.members.add(member);
        await db.events.add(event(productId, 'member.created', { name: trimmed }, member.id));
        return member;
      });
    },
  };
}
