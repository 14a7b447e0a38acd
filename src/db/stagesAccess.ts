// The app's stage writer, loaded with the stage settings dialog. Same database and clock as `repositories`.
import { browserEnv } from './env';
import { repositories } from './index';
import { createStageWriteRepository } from './stageWrites';
import { withStorageErrors } from './storageErrors';

export const stageWrites = withStorageErrors(createStageWriteRepository(repositories.db, browserEnv));
export type { MovedRequirement } from './stages';
