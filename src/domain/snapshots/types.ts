// An automatic daily snapshot of the whole database (schema version 4). It lives
// on this device only: backups do not carry snapshots.
import { z } from 'zod/mini';
import { dayString } from '../rowBase';

export const snapshotSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** The local day it was taken; at most one snapshot per day. */
  day: dayString,
  createdAt: z.string().check(z.minLength(1)),
  schemaVersion: z.int().check(z.positive()),
  requirements: z.int().check(z.nonnegative()),
  bytes: z.int().check(z.nonnegative()),
  /** The backup file's text (src/domain/backup/format.ts). */
  content: z.string(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/** Whether daily snapshots are taken on this device, and how many days are kept. */
export const SNAPSHOT_KEEP_CHOICES = [3, 7, 14, 30] as const;
export const snapshotSettingsSchema = z.object({
  enabled: z.boolean(),
  keep: z.int().check(z.gte(1), z.lte(90)),
});
export type SnapshotSettings = z.infer<typeof snapshotSettingsSchema>;
export const DEFAULT_SNAPSHOT_SETTINGS: SnapshotSettings = { enabled: true, keep: 7 };

/** The days to drop so that only the newest `keep` remain. */
export function snapshotDaysToDrop(days: readonly string[], keep: number): string[] {
  return [...days].sort().reverse().slice(keep);
}
