import type { Env } from '../domain/types';
import { CairnDatabase } from './database';
import { createProductRepository } from './products';
import { createRequirementRepository } from './requirements';
import { createRoadmapRepository } from './roadmap';
import { createSampleRepository } from './sample';
import { createSeedRepository } from './seed';
import { createStageRepository } from './stages';

/** Everything the app may do to its data, bound to one database. */
export function createRepositories(db: CairnDatabase, env: Env) {
  return {
    db,
    products: createProductRepository(db, env),
    stages: createStageRepository(db, env),
    requirements: createRequirementRepository(db, env),
    roadmap: createRoadmapRepository(db, env),
    seed: createSeedRepository(db, env),
    sample: createSampleRepository(db, env),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
