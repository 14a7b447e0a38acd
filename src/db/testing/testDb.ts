// A fresh fake-indexeddb database per test, with a deterministic clock and ids.
import 'fake-indexeddb/auto';
import type { Env } from '../../domain/types';
import { CairnDatabase } from '../database';
import { createRepositories } from '../allRepositories';

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
