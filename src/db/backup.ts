// Full backup and restore (Settings → Data). Loaded on demand through
// backupAccess.ts, so none of it weighs on the board's start-up.
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  serializeBackup,
  type BackupFile,
  type BackupTables,
} from '../domain/backup/format';
import { parseBackup, type BackupParseResult } from '../domain/backup/parse';
import { remapBackupIds } from '../domain/backup/remap';
import type { Table } from 'dexie';
import type { Env } from '../domain/types';
import type { CairnDatabase } from './database';

export type RestoreMode = 'replace' | 'add';
/** Rows written so far, of all rows. */
export type RestoreProgress = (written: number, total: number) => void;

import { DEMO_SEEDED_KEY as SEEDED_KEY } from './firstRun';
/** Rows per bulkAdd: progress moves at 10,000 requirements, and each call stays cheap. */
const RESTORE_BATCH_SIZE = 2_000;

export function createBackupRepository(db: CairnDatabase, env: Env) {
  const tables = () => BACKUP_TABLES.map((table) => db[table]);

  return {
    /** Every table of every product, read in one transaction so the file is one consistent moment. */
    async exportBackup(): Promise<string> {
      const data = await db.transaction('r', tables(), async () => {
        const entries = await Promise.all(
          BACKUP_TABLES.map(async (table) => [table, await db[table].toArray()] as const),
        );
        return Object.fromEntries(entries) as unknown as BackupTables;
      });
      const file: BackupFile = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        exportedAt: env.now(),
        app: { schemaVersion: db.verno },
        tables: data,
      };
      return serializeBackup(file);
    },

    /** Validates a file's text in full; nothing is written. */
    parseBackup(text: string): BackupParseResult {
      return parseBackup(text, db.verno);
    },

    /**
     * Writes a validated backup in one transaction: all of it or, on any
     * failure, nothing. 'replace' empties every table first; 'add' gives every
     * row a fresh id, so the file's products join the ones already here.
     * Returns the ids of the restored products, in the file's order.
     */
    async restoreBackup(file: BackupFile, mode: RestoreMode, onProgress?: RestoreProgress): Promise<string[]> {
      const data = mode === 'add' ? remapBackupIds(file.tables, env.newId) : file.tables;
      const total = BACKUP_TABLES.reduce((sum, table) => sum + data[table].length, 0);
      await db.transaction('rw', [...tables(), db.meta], async () => {
        if (mode === 'replace') {
          for (const table of BACKUP_TABLES) await db[table].clear();
          // A restored device is not a first run: the demo must not be added on top.
          if (!(await db.meta.get(SEEDED_KEY))) await db.meta.put({ key: SEEDED_KEY, value: env.now() });
        }
        let written = 0;
        // Only Dexie promises are awaited in here: anything else would let IndexedDB commit half-way.
        for (const table of BACKUP_TABLES) {
          const rows: unknown[] = data[table];
          const target = db[table] as Table<unknown, string>;
          for (let from = 0; from < rows.length; from += RESTORE_BATCH_SIZE) {
            const batch = rows.slice(from, from + RESTORE_BATCH_SIZE);
            await target.bulkAdd(batch);
            written += batch.length;
            onProgress?.(written, total);
          }
        }
      });
      return data.products.filter((p) => !p.deleted).map((p) => p.id);
    },
  };
}

export type BackupRepository = ReturnType<typeof createBackupRepository>;
