import type { DemoLocale } from '../domain/demo';
import type { Env } from '../domain/types';
import type { CairnDatabase } from './database';

const SEEDED_KEY = 'demoSeeded';

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
      return db.transaction('rw', [db.meta, db.products, db.stages, db.requirements, db.members, db.events, db.lanes, db.initiatives], async () => {
        if (await db.meta.get(SEEDED_KEY)) return null;
        await db.products.add(demo.product);
        await db.stages.bulkAdd(demo.stages);
        await db.members.bulkAdd(demo.members);
        await db.requirements.bulkAdd(demo.requirements);
        await db.lanes.bulkAdd(demo.lanes);
        await db.initiatives.bulkAdd(demo.initiatives);
        await db.events.bulkAdd(demo.events);
        await db.meta.put({ key: SEEDED_KEY, value: env.now() });
        return demo.product.id;
      });
    },
  };
}
