// The app's import repository, on demand: only the import dialog (lazy) imports this
// module, so the board's start-up bundle does not carry it. Same database and clock.
import { browserEnv } from './env';
import { createImportRepository } from './import';
import { repositories } from './index';
import { withStorageErrors } from './storageErrors';

export const importRepository = withStorageErrors(createImportRepository(repositories.db, browserEnv));
export type { ImportResult, ImportTarget } from './import';
