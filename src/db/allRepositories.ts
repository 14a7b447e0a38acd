import type { Env } from '../domain/types';
import type { CairnDatabase } from './database';
import { createCompetitorRepository } from './competitors';
import { createFeedbackRepository } from './feedback';
import { createCoreRepositories } from './repositories';
import { createProductSettingsRepository } from './productSettings';
import { createIterationRepository } from './iterations';
import { createMemberRepository } from './members';
import { createRoadmapRepository } from './roadmap';
import { createStageWriteRepository } from './stageWrites';
import { createProductWriteRepository } from './productWrites';
import { createRequirementEditRepository } from './requirementEdits';
import { createReviewRepository } from './reviews';
import { createSampleRepository } from './sample';
import { createSeedRepository } from './seed';
import { createBulkRequirementRepository } from './requirementsBulk';
import { createViewRepository } from './views';
import { withStorageErrors } from './storageErrors';
import { createWorkspaceRepository } from './workspace';

/**
 * Everything the app may do to its data, bound to one database (tests, tools).
 * The app's own instance (src/db/index.ts) is the core only: the roadmap's
 * repository is created on demand in src/db/roadmapAccess.ts, on the same
 * database, because a static import here would put it in the board's
 * start-up bundle even when unused.
 */
export function createRepositories(db: CairnDatabase, env: Env) {
  const core = createCoreRepositories(db, env);
  return {
    ...core,
    products: { ...core.products, ...withStorageErrors(createProductWriteRepository(db, env)) },
    stages: { ...core.stages, ...withStorageErrors(createStageWriteRepository(db, env)) },
    requirements: { ...core.requirements, ...withStorageErrors(createRequirementEditRepository(db, env)) },
    roadmap: withStorageErrors(createRoadmapRepository(db, env)),
    seed: withStorageErrors(createSeedRepository(db, env)),
    sample: withStorageErrors(createSampleRepository(db, env)),
    productSettings: withStorageErrors(createProductSettingsRepository(db, env)),
    workspace: withStorageErrors(createWorkspaceRepository(db, env)),
    feedback: withStorageErrors(createFeedbackRepository(db, env)),
    competitors: withStorageErrors(createCompetitorRepository(db, env)),
    bulk: withStorageErrors(createBulkRequirementRepository(db, env)),
    views: withStorageErrors(createViewRepository(db, env)),
    iterations: withStorageErrors(createIterationRepository(db, env)),
    reviews: withStorageErrors(createReviewRepository(db, env)),
    members: withStorageErrors(createMemberRepository(db, env)),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
