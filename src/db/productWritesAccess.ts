// The app's product writer, loaded with the product form. Same database and clock as `repositories`.
import { browserEnv } from './env';
import { repositories } from './index';
import { createProductWriteRepository } from './productWrites';
import { withStorageErrors } from './storageErrors';

export const productWrites = withStorageErrors(createProductWriteRepository(repositories.db, browserEnv));
