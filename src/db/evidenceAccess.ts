// The feedback and competitor repositories, in a module of their own: only the
// evidence views and the requirement panel import it, and all of them load
// lazily, so the board's start-up bundle does not carry them. Same database
// and clock as `repositories`.
import { createCompetitorRepository } from './competitors';
import { browserEnv } from './env';
import { createFeedbackRepository } from './feedback';
import { repositories } from './index';
import { withStorageErrors } from './storageErrors';

export const feedbackRepository = withStorageErrors(createFeedbackRepository(repositories.db, browserEnv));
export const competitorRepository = withStorageErrors(createCompetitorRepository(repositories.db, browserEnv));
