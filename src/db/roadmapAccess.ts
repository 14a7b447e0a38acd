// The app's roadmap repository, in a module of its own: only the roadmap view and
// the requirement panel import it, and both load lazily, so the board's start-up
// bundle does not carry it. Same database and clock as `repositories`.
import { browserEnv } from './env';
import { repositories } from './index';
import { createRoadmapRepository } from './roadmap';
import { withStorageErrors } from './storageErrors';

export const roadmapRepository = withStorageErrors(createRoadmapRepository(repositories.db, browserEnv));
