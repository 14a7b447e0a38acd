// Automatic daily snapshots (Settings → Data): the backup file's text, kept inside
// the database for the last N days, so a bad day (a wrong import, a mass delete)
// can be undone without the PM ever having downloaded a backup.
import {
  DEFAULT_SNAPSHOT_SETTINGS,
  snapshotDaysToDrop,
  snapshotSettingsSchema,
  type Snapshot,
  type SnapshotSettings,
} from '../domain/snapshots/types';
import type { Env } from '../domain/types';
import { createBackupRepository } from './backup';
import type { CairnDatabase } from './database';

const SETTINGS_KEY = 'snapshotSettings';

export function createSnapshotRepository(db: CairnDatabase, env: Env) {
  const backup = createBackupRepository(db, env);

  async function prune(keep: number): Promise<void> {
    const days = (await db.snapshots.orderBy('day').keys()) as string[];
    const drop = snapshotDaysToDrop(days, keep);
    if (drop.length > 0) await db.snapshots.where('day').anyOf(drop).delete();
  }

  /** The device's settings; a missing or damaged row reads as the defaults. */
  async function readSettings(): Promise<SnapshotSettings> {
    const parsed = snapshotSettingsSchema.safeParse((await db.meta.get(SETTINGS_KEY))?.value);
    return parsed.success ? parsed.data : DEFAULT_SNAPSHOT_SETTINGS;
  }

  return {
    readSettings,

    /** Saves the settings and drops snapshots beyond the new limit, in one transaction. */
    async saveSettings(settings: SnapshotSettings): Promise<void> {
      const valid = snapshotSettingsSchema.parse(settings);
      await db.transaction('rw', db.meta, db.snapshots, async () => {
        await db.meta.put({ key: SETTINGS_KEY, value: valid });
        await prune(valid.keep);
      });
    },

    /**
     * Takes today's snapshot unless there is one (or snapshots are off);
     * `force` takes it anyway, replacing today's. The data is read in one
     * read-only transaction (a consistent moment, and the board's writes wait
     * only for that read); the snapshot is written in a second one.
     * Returns the day written, or null when nothing was taken.
     */
    async takeDailySnapshot(today: string, force = false): Promise<string | null> {
      const settings = await readSettings();
      if (!force && (!settings.enabled || (await db.snapshots.where('day').equals(today).count()) > 0)) return null;
      const content = await backup.exportBackup();
      const requirements = await db.requirements.count();
      const row: Snapshot = {
        id: env.newId(),
        day: today,
        createdAt: env.now(),
        schemaVersion: db.verno,
        requirements,
        bytes: new TextEncoder().encode(content).length,
        content,
      };
      return db.transaction('rw', db.snapshots, async () => {
        const existing = await db.snapshots.where('day').equals(today).first();
        // Another tab took today's meanwhile: theirs stands.
        if (existing && !force) return null;
        if (existing) await db.snapshots.delete(existing.id);
        await db.snapshots.add(row);
        await prune(settings.keep);
        return today;
      });
    },

    /** The days that have a snapshot, newest first; reads no snapshot's content. */
    async listSnapshotDays(): Promise<string[]> {
      return ((await db.snapshots.orderBy('day').keys()) as string[]).reverse();
    },

    /** A snapshot's backup text, or null when that day has none. */
    async readSnapshot(day: string): Promise<string | null> {
      return (await db.snapshots.where('day').equals(day).first())?.content ?? null;
    },
  };
}

export type SnapshotRepository = ReturnType<typeof createSnapshotRepository>;
