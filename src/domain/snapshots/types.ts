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
