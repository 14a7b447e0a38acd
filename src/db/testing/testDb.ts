// A fresh fake-indexeddb database per test, with a deterministic clock and ids.
import 'fake-indexeddb/auto';
import type { Env } from '../../domain/types';
import { CairnDatabase } from '../database';
import { createRepositories, type Repositories } from '../allRepositories';

let counter = 0;

export function testEnv(): Env {
  let tick = 0;
  return {
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString(),
    newId: () => `id-${++counter}`,
  };
}

export function openTestRepositories() {
  const db = new CairnDatabase(`cairn-test-${++counter}-${Math.random().toString(36).slice(2)}`);
  return createRepositories(db, testEnv());
}

/** A new product with its default stages in `repos`; `byKey` finds a stage by its key. */
export async function productWithStages(repos: Pick<Repositories, 'products' | 'stages'>, name = 'Test product') {
  const product = await repos.products.createProduct(name);
  const stages = await repos.stages.listStages(product.id);
  const byKey = (key: string) => {
    const stage = stages.find((s) => s.key === key);
    if (!stage) throw new Error(`no stage ${key}`);
    return stage;
  };
  return { product, stages, byKey };
}

/** A fresh database with one product and its default stages. */
export async function openProductWithStages(name = 'Test product') {
  const repos = openTestRepositories();
  return { repos, ...(await productWithStages(repos, name)) };
}
