import type { Env } from '../domain/types';
import { CairnDatabase } from './database';
import { createFirstRunRepository } from './firstRun';
import { createProductRepository } from './products';
import { createRequirementRepository } from './requirements';
import { createStageRepository } from './stages';
import { withStorageErrors } from './storageErrors';

/**
 * What the board needs at start-up, bound to one database (the roadmap's
 * repository loads on demand: see roadmapAccess; the demo's writer: seedAccess). Storage
 * failures (disk full, database closed for a newer tab, no IndexedDB) arrive as
 * CairnWriteErrors with a code the UI translates.
 */
export function createCoreRepositories(db: CairnDatabase, env: Env) {
  return {
    db,
    products: withStorageErrors(createProductRepository(db)),
    stages: withStorageErrors(createStageRepository(db)),
    requirements: withStorageErrors(createRequirementRepository(db, env)),
    firstRun: withStorageErrors(createFirstRunRepository(db)),
  };
}

export type CoreRepositories = ReturnType<typeof createCoreRepositories>;
