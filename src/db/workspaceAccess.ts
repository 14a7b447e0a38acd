// The app's workspace repository, in a module of its own: only the detail panel
// and the trash view import it, and both load lazily. Same database and clock as `repositories`.
import { browserEnv } from './env';
import { repositories } from './index';
import { createWorkspaceRepository } from './workspace';
import { withStorageErrors } from './storageErrors';

export const workspaceRepository = withStorageErrors(createWorkspaceRepository(repositories.db, browserEnv));
