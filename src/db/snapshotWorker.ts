// Takes the daily snapshot off the page's main thread: reading and serialising
// every row (10,000 requirements and their events) is hundreds of milliseconds
// of work that must not land in the middle of a drag.
import { CairnDatabase, DEFAULT_DB_NAME } from './database';
import { browserEnv } from './env';
import { createSnapshotRepository } from './snapshots';

export type SnapshotWorkerReply = { ok: true; day: string | null } | { ok: false; message: string };

self.onmessage = async (event: MessageEvent<{ today: string }>) => {
  const db = new CairnDatabase(DEFAULT_DB_NAME, { cache: 'disabled' });
  let reply: SnapshotWorkerReply;
  try {
    reply = { ok: true, day: await createSnapshotRepository(db, browserEnv).takeDailySnapshot(event.data.today) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  } finally {
    db.close();
  }
  self.postMessage(reply);
};
