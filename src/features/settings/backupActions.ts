// Backup and restore outside React, each loading the backup code on demand: the
// settings dialog opens without it, and a restore finishes even if the dialog closes.
import { dayOf } from '../../domain/dates';
import type { BackupFile, BackupProblem, BackupSummary, RestoreMode } from '../../db/backupAccess';
import { downloadBlob } from '../../ui/download';

/** Makes the backup and hands it to the browser as a download; returns the file name. */
export async function downloadBackup(): Promise<string> {
  const { backupRepository, backupFileName } = await import('../../db/backupAccess');
  const text = await backupRepository.exportBackup();
  const fileName = backupFileName(dayOf(new Date()));
  downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
  return fileName;
}

export type CheckedBackup =
  { ok: true; file: BackupFile; summary: BackupSummary } | { ok: false; problems: BackupProblem[] };

/** Reads and validates the whole file; writes nothing. */
export async function checkBackupFile(file: Blob): Promise<CheckedBackup> {
  const { backupRepository, summarizeBackup, sizeProblem } = await import('../../db/backupAccess');
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const result = backupRepository.parseBackup(await file.text());
  return result.ok ? { ok: true, file: result.file, summary: summarizeBackup(result.file) } : result;
}

/** Validates a daily snapshot like a chosen file; writes nothing. */
export async function checkSnapshot(day: string): Promise<CheckedBackup> {
  const [{ backupRepository, summarizeBackup }, { snapshotRepository }] = await Promise.all([
    import('../../db/backupAccess'),
    import('../../db/snapshotAccess'),
  ]);
  const text = await snapshotRepository.readSnapshot(day);
  const result = backupRepository.parseBackup(text ?? '');
  return result.ok ? { ok: true, file: result.file, summary: summarizeBackup(result.file) } : result;
}

/** Hands a daily snapshot to the browser as a backup file named for its day. */
export async function downloadSnapshot(day: string): Promise<string> {
  const [{ backupFileName }, { snapshotRepository }] = await Promise.all([
    import('../../db/backupAccess'),
    import('../../db/snapshotAccess'),
  ]);
  const text = (await snapshotRepository.readSnapshot(day)) ?? '';
  const fileName = backupFileName(day);
  downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
  return fileName;
}

/** Writes a checked backup in one transaction; returns the restored products' ids. */
export async function restoreBackup(
  file: BackupFile,
  mode: RestoreMode,
  onProgress: (written: number, total: number) => void,
): Promise<string[]> {
  const { backupRepository } = await import('../../db/backupAccess');
  return backupRepository.restoreBackup(file, mode, onProgress);
}
