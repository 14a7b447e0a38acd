import type { Member, Product } from '../domain/types';
import type { CairnDatabase } from './database';

/** What the app reads about products at start-up; creating and renaming them is in productWrites.ts. */
export function createProductRepository(db: CairnDatabase) {
  return {
    async listProducts(): Promise<Product[]> {
      const rows = await db.products.orderBy('createdAt').toArray();
      return rows.filter((p) => !p.deleted);
    },

    getProduct: (id: string) => db.products.get(id),

    async listMembers(productId: string): Promise<Member[]> {
      const rows = await db.members.where('productId').equals(productId).toArray();
      return rows.filter((m) => !m.deleted).sort((a, b) => a.name.localeCompare(b.name));
    },

    /** Removed members too, each once: for showing whom a requirement points at ("(removed)"). */
    async listMembersWithRemoved(productId: string): Promise<Member[]> {
      const rows = await db.members.where('productId').equals(productId).toArray();
      return rows.sort((a, b) => a.name.localeCompare(b.name));
    },

    /** The product's tag colours (tags without a row use the default look). */
    listTags: (productId: string) => db.tags.where('productId').equals(productId).toArray(),
  };
}

export type ProductRepository = ReturnType<typeof createProductRepository>;
