import type { Env } from '../domain/types';
import type { CairnDatabase } from './database';
import { createCoreRepositories } from './repositories';
import { createIterationRepository } from './iterations';
import { createRoadmapRepository } from './roadmap';
import { withStorageErrors } from './storageErrors';

/**
 * Everything the app may do to its data, bound to one database (tests, tools).
 * The app's own instance (src/db/index.ts) is the core only: the roadmap's
 * repository is created on demand in src/db/roadmapAccess.ts, on the same
 * database, because a static import here would put it in the board's
 * start-up bundle even when unused.
 */
export function createRepositories(db: CairnDatabase, env: Env) {
  return {
    ...createCoreRepositories(db, env),
    roadmap: withStorageErrors(createRoadmapRepository(db, env)),
    iterations: withStorageErrors(createIterationRepository(db, env)),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
