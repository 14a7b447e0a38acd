import type { DemoLocale } from '../domain/demo';
import type { Env } from '../domain/types';
import type { CairnDatabase } from './database';
import { DEMO_SEEDED_KEY as SEEDED_KEY } from './firstRun';
import { addProductRows, productTables } from './sample';

export function createSeedRepository(db: CairnDatabase, env: Env) {
  return {
    /**
     * Writes the demo product the first time the app ever opens. The flag is
     * read again and written in the same transaction, so two tabs opened at
     * once seed once. Returns the demo product's id, or null when already seeded.
     */
    async seedDemoOnFirstRun(locale: DemoLocale, today: string): Promise<string | null> {
      if (await db.meta.get(SEEDED_KEY)) return null;
      // The demo's bilingual content is only needed once: load it on demand, outside
      // the transaction (awaiting a non-Dexie promise inside one would commit it).
      const { buildDemoProduct } = await import('../domain/demo');
      const demo = buildDemoProduct(locale, env, today);
      return db.transaction('rw', [db.meta, ...productTables(db)], async () => {
        if (await db.meta.get(SEEDED_KEY)) return null;
        await addProductRows(db, demo);
        await db.meta.put({ key: SEEDED_KEY, value: env.now() });
        return demo.product.id;
      });
    },
  };
}
