// Which products sync where, on this device (localStorage through state/persist):
// a device setting, never part of a product's data, backups or exports.
import { z } from 'zod/mini';
import { syncTargetSchema, type SyncTarget } from '../domain/sync/shareLink';
import { loadStored, saveStored } from '../state/persist';

const KEY = 'cairn.sync.v1';

const storedTargetsSchema = z.array(syncTargetSchema);

/** Whether any product syncs here, without checking each target: the start-up check (features/sync/boot). */
export function hasSyncTargets(): boolean {
  return (loadStored(KEY, z.array(z.unknown()))?.length ?? 0) > 0;
}

export function loadSyncTargets(): SyncTarget[] {
  return loadStored(KEY, storedTargetsSchema) ?? [];
}

/** One target per product: a new one for a product replaces the old. */
export function storeSyncTarget(target: SyncTarget): SyncTarget[] {
  const targets = [...loadSyncTargets().filter((t) => t.productId !== target.productId), target];
  saveStored(KEY, targets);
  return targets;
}

export function forgetSyncTarget(productId: string): SyncTarget[] {
  const targets = loadSyncTargets().filter((t) => t.productId !== productId);
  saveStored(KEY, targets);
  return targets;
}
