// The one door to IndexedDB for the app. Tests build their own with createRepositories.
import { CairnDatabase, DEFAULT_DB_NAME } from './database';
import { watchConnection, type ConnectionWatcher } from './connection';
import { browserEnv } from './env';
import { createCoreRepositories } from './repositories';

// 'immutable': query results are shared and frozen, not deep-cloned per read (Dexie's default
// 'cloned' keeps a second copy of every cached result: 10,000 rows twice, cloned on each move).
// Nothing in the app mutates a row it read; a frozen row makes any such slip throw at once.
const database = new CairnDatabase(DEFAULT_DB_NAME, { cache: 'immutable' });
export const repositories = createCoreRepositories(database, browserEnv);

/** Tells the shell when another tab blocks or outdates this tab's database. */
export function watchDatabaseConnection(watcher: ConnectionWatcher): () => void {
  return watchConnection(database, watcher);
}
export { CairnWriteError } from '../domain/errors';
export { readStorageStatus, requestPersistentStorage, type StorageStatus } from './storage';
export type { CoreRepositories } from './repositories';
export type { Repositories } from './allRepositories';
export type { StagePatch } from './stages';
export type { NewRequirement } from './requirements';
export type { InitiativePatch, LanePatch, NewInitiative } from './roadmap';
