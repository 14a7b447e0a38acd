// The app's backup repository, in a module of its own: only Settings → Data
// imports it, on demand, so the board's start-up bundle does not carry it.
import { createBackupRepository } from './backup';
import { browserEnv } from './env';
import { repositories } from './index';
import { withStorageErrors } from './storageErrors';

export const backupRepository = withStorageErrors(createBackupRepository(repositories.db, browserEnv));
export type { BackupFile, BackupSummary } from '../domain/backup/format';
export { backupFileName, summarizeBackup } from '../domain/backup/format';
export type { BackupProblem } from '../domain/backup/problems';
export type { RestoreMode } from './backup';
