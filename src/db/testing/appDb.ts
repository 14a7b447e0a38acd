// The app's own database (the one the features' repository singletons write),
// in fake-indexeddb, with every repository bound to it. Import this first in a
// test file: Dexie looks for indexedDB when it loads.
import 'fake-indexeddb/auto';
import { createRepositories } from '../allRepositories';
import { browserEnv } from '../env';
import { repositories } from '../index';

export const appRepositories = createRepositories(repositories.db, browserEnv);

/** A new product with the default stages, looked up by key. */
export async function appProduct(name = 'Test product') {
  const product = await appRepositories.products.createProduct(name);
  const stages = await appRepositories.stages.listStages(product.id);
  const stage = (key: string) => {
    const found = stages.find((s) => s.key === key);
    if (!found) throw new Error(`no stage ${key}`);
    return found;
  };
  return { product, stages, stage };
}
