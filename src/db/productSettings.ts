// Product settings (the score cards show, parallel iterations, flow stages, age markers). Apart from the
// product repository so the board's start-up bundle does not carry it: only
// the prioritise view and settings change them, and both load on demand.
import { z } from 'zod/mini';
import { flowStagesProblem } from '../domain/analytics/stageOrder';
import { CairnWriteError } from '../domain/errors';
import { productSchema, type Env, type Product } from '../domain/types';
import type { CairnDatabase } from './database';
import { checkedRow } from './checkedRow';
import { checkVersion, newEvent, assertLive } from './writePath';

export type ProductSettingsPatch = Partial<Product['settings']>;

const FLOW_STAGE_KEYS = ['flowStartStageId', 'flowDoneStageId'] as const;

export function createProductSettingsRepository(db: CairnDatabase, env: Env) {
  return {
    /**
     * Changes some of a product's settings, with its event, in one transaction; a change to nothing writes nothing.
     * `guard.ifVersion` (undo, redo): write only if nobody changed the product since.
     */
    async updateProductSettings(
      id: string,
      patch: ProductSettingsPatch,
      guard?: { ifVersion?: number },
    ): Promise<Product> {
      const valid = checkedRow(z.partial(productSchema.shape.settings), patch);
      return db.transaction('rw', db.products, db.stages, db.events, async () => {
        const product = await db.products.get(id);
        assertLive(product, `Product ${id} does not exist`);
        checkVersion(product, guard, product.name, `${product.name} changed since`);
        const settings = { ...product.settings, ...valid };
        const flowChanges = FLOW_STAGE_KEYS.filter((key) => key in valid);
        if (flowChanges.length > 0) {
          const stages = await db.stages.where('productId').equals(id).toArray();
          const problem = flowStagesProblem(stages, settings, flowChanges);
          if (problem) throw new CairnWriteError('invalidInput', `${product.name}: ${problem}`);
        }
        const changed = (Object.keys(valid) as (keyof Product['settings'])[]).filter(
          (key) => product.settings[key] !== settings[key],
        );
        if (changed.length === 0) return product;
        const next: Product = { ...product, settings, updatedAt: env.now(), version: product.version + 1 };
        await db.products.put(next);
        await db.events.add(
          newEvent(env, id, id, 'product.settingsChanged', {
            from: Object.fromEntries(changed.map((key) => [key, product.settings[key]])),
            to: Object.fromEntries(changed.map((key) => [key, settings[key]])),
          }),
        );
        return next;
      });
    },
  };
}
