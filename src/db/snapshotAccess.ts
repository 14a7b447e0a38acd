// The app's snapshot repository, loaded on demand (Settings → Data, and the
// daily snapshot a few seconds after start-up). Same database and clock as `repositories`.
import { browserEnv } from './env';
import { repositories } from './index';
import { createSnapshotRepository } from './snapshots';
import type { SnapshotWorkerReply } from './snapshotWorker';
import { withStorageErrors } from './storageErrors';

export const snapshotRepository = withStorageErrors(createSnapshotRepository(repositories.db, browserEnv));
export { DEFAULT_SNAPSHOT_SETTINGS, SNAPSHOT_KEEP_CHOICES, type SnapshotSettings } from '../domain/snapshots/types';

/** Takes today's snapshot in a worker if there is none yet; resolves with the day taken, or null. */
export function takeDailySnapshotInBackground(today: string): Promise<string | null> {
  if (typeof Worker === 'undefined') return snapshotRepository.takeDailySnapshot(today);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./snapshotWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SnapshotWorkerReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.day);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ today });
  });
}
