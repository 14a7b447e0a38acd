import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildDemoProduct } from '../../domain/demo';
import { BACKUP_FORMAT, BACKUP_TABLES } from '../../domain/backup/format';
import { OLD_SCHEMA_VERSIONS, demoTables, tablesAtVersion } from '../../domain/upgrades/testing';
import { createBackupRepository } from '../backup';
import { CairnDatabase, SCHEMA_VERSION } from '../database';
import { writeOldDatabase } from '../testing/oldDatabase';
import { openTestRepositories, testEnv } from '../testing/testDb';
import { applyVersion1 } from './0001-initial';
import { applyVersion2 } from './0002-roadmap';
import { applyVersion3 } from './0003-import';
import { applyVersion4 } from './0004-workspace';
import { applyVersion5 } from './0005-gates-review';

const OLD_VERSIONS = [applyVersion1, applyVersion2, applyVersion3, applyVersion4, applyVersion5];

async function allRows(db: CairnDatabase): Promise<Record<string, unknown[]>> {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  const entries = await Promise.all(
    BACKUP_TABLES.map(async (table) => [table, (await db[table].toArray()).sort(byId)] as const),
  );
  return Object.fromEntries(entries);
}

describe('an old backup restores to what the database upgrade makes of the same rows', () => {
  for (const version of OLD_SCHEMA_VERSIONS) {
    it(`version ${version}`, async () => {
      const old = tablesAtVersion(demoTables(buildDemoProduct('en', testEnv(), '2026-05-14')), version);

      const upgraded = new CairnDatabase(await writeOldDatabase(OLD_VERSIONS.slice(0, version), old));
      await upgraded.open();
      expect(upgraded.verno).toBe(SCHEMA_VERSION);
      const fromDatabase = await allRows(upgraded);
      upgraded.close();

      const file = JSON.stringify({
        format: BACKUP_FORMAT,
        formatVersion: 1,
        exportedAt: '2026-05-14T09:00:00.000Z',
        app: { schemaVersion: version },
        tables: old,
      });
      const repos = openTestRepositories();
      const backup = createBackupRepository(repos.db, testEnv());
      const parsed = backup.parseBackup(file);
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
      await backup.restoreBackup(parsed.file, 'replace');
      const fromBackup = await allRows(repos.db);

      expect(fromDatabase.requirements?.length).toBe(old.requirements?.length);
      expect(fromBackup).toEqual(fromDatabase);
    });
  }
});
