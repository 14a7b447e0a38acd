// The one door to IndexedDB for the app. Tests build their own with createRepositories.
import { CairnDatabase, DEFAULT_DB_NAME } from './database';
import { watchConnection, type ConnectionWatcher } from './connection';
import { browserEnv } from './env';
import { createCoreRepositories } from './repositories';

// No query cache: Dexie's default keeps each live query's result (10,000 rows at scale) for 3 s
// after it is replaced, and clones it on every read; each drop re-reads the board, so a few quick
// moves held several copies at once. The board lays its own pending moves over the rows instead
// of Dexie's optimistic updates.
const database = new CairnDatabase(DEFAULT_DB_NAME, { cache: 'disabled' });
export const repositories = createCoreRepositories(database, browserEnv);

/** Tells the shell when another tab blocks or outdates this tab's database. */
export function watchDatabaseConnection(watcher: ConnectionWatcher): () => void {
  return watchConnection(database, watcher);
}
export { CairnWriteError } from '../domain/errors';
export type { CoreRepositories } from './repositories';
export type { Repositories } from './allRepositories';
export type { StagePatch } from './stages';
export type { NewRequirement } from './requirements';
export type { InitiativePatch, LanePatch, MovedInitiative, NewInitiative } from './roadmap';
