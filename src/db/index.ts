// The one door to IndexedDB for the app. Tests build their own with createRepositories.
import { CairnDatabase, DEFAULT_DB_NAME } from './database';
import { browserEnv } from './env';
import { createCoreRepositories } from './repositories';

export const repositories = createCoreRepositories(new CairnDatabase(DEFAULT_DB_NAME), browserEnv);
export { CairnWriteError } from '../domain/errors';
export { requestPersistentStorage } from './storage';
export type { CoreRepositories } from './repositories';
export type { Repositories } from './allRepositories';
export type { StagePatch } from './stages';
export type { NewRequirement } from './requirements';
export type { InitiativePatch, LanePatch, NewInitiative } from './roadmap';
