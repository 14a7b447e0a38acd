// The app's product-settings repository, in a module of its own so the board's
// start-up bundle does not carry it (see roadmapAccess). Same database and clock as `repositories`.
import { browserEnv } from './env';
import { repositories } from './index';
import { createProductSettingsRepository } from './productSettings';
import { withStorageErrors } from './storageErrors';

export const productSettingsRepository = withStorageErrors(
  createProductSettingsRepository(repositories.db, browserEnv),
);
