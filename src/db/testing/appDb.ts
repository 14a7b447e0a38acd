// The app's own database (the one the features' repository singletons write),
// in fake-indexeddb, with every repository bound to it. Import this first in a
// test file: Dexie looks for indexedDB when it loads.
import 'fake-indexeddb/auto';
import { createRepositories } from '../allRepositories';
import { browserEnv } from '../env';
import { repositories } from '../index';
import { productWithStages } from './testDb';

export const appRepositories = createRepositories(repositories.db, browserEnv);

/** A new product with the default stages, looked up by key. */
export async function appProduct(name = 'Test product') {
  const { product, stages, byKey } = await productWithStages(appRepositories, name);
  return { product, stages, stage: byKey };
}
