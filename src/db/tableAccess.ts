// The table's repositories (bulk actions, saved views), in a module of their own:
// only the table and the filter bar's lazy parts import it, so the board's
// start-up bundle does not carry them. Same database and clock as `repositories`.
import { browserEnv } from './env';
import { repositories } from './index';
import { createBulkRequirementRepository } from './requirementsBulk';
import { withStorageErrors } from './storageErrors';
import { createViewRepository } from './views';

export const bulkRequirements = withStorageErrors(createBulkRequirementRepository(repositories.db, browserEnv));
export const savedViews = withStorageErrors(createViewRepository(repositories.db, browserEnv));
export type { BulkChange, BulkResult } from './requirementsBulk';
