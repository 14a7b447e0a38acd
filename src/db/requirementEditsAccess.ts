// The app's requirement editor, loaded with the views that edit fields. Same database and clock as `repositories`.
import { browserEnv } from './env';
import { repositories } from './index';
import { createRequirementEditRepository } from './requirementEdits';
import { withStorageErrors } from './storageErrors';

export const requirementEdits = withStorageErrors(createRequirementEditRepository(repositories.db, browserEnv));
export type { RequirementEdit } from './requirementEdits';
