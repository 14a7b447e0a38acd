// The app's backup repository, in a module of its own: only Settings → Data
// imports it, on demand, so the board's start-up bundle does not carry it.
import { createBackupRepository } from './backup';
import { browserEnv } from './env';
import { repositories } from './index';
import { withStorageErrors } from './storageErrors';

export const backupRepository = withStorageErrors(createBackupRepository(repositories.db, browserEnv));
export type { BackupFile, BackupSummary } from '../domain/backup/format';
export { backupFileName, summarizeBackup } from '../domain/backup/format';
import { BACKUP_MAX_BYTES } from '../domain/backup/format';
import { problem, type BackupProblem } from '../domain/backup/problems';
export type { BackupProblem };
export type { RestoreMode } from './backup';

/** Files over the limit are refused before they are read: parsing them would exhaust the tab's memory. */
export function sizeProblem(size: number): BackupProblem | null {
  return size > BACKUP_MAX_BYTES ? problem('tooLarge', { size, limit: BACKUP_MAX_BYTES }) : null;
}
