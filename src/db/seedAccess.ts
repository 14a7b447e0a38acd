// The demo's and the sample generator's writers, loaded on demand: the demo is
// written once per device, samples only from Settings. Same database and clock as `repositories`.
import { browserEnv } from './env';
import { repositories } from './index';
import { createSampleRepository } from './sample';
import { createSeedRepository } from './seed';
import { withStorageErrors } from './storageErrors';

export const seedRepository = withStorageErrors(createSeedRepository(repositories.db, browserEnv));
export const sampleRepository = withStorageErrors(createSampleRepository(repositories.db, browserEnv));
