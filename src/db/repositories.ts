import type { Env } from '../domain/types';
import { CairnDatabase } from './database';
import { createProductRepository } from './products';
import { createRequirementRepository } from './requirements';
import { createSampleRepository } from './sample';
import { createSeedRepository } from './seed';
import { createStageRepository } from './stages';

/** What the board needs at start-up, bound to one database. */
export function createCoreRepositories(db: CairnDatabase, env: Env) {
  return {
    db,
    products: createProductRepository(db, env),
    stages: createStageRepository(db, env),
    requirements: createRequirementRepository(db, env),
    seed: createSeedRepository(db, env),
    sample: createSampleRepository(db, env),
  };
}

export type CoreRepositories = ReturnType<typeof createCoreRepositories>;
