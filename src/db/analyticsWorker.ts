// Computes the flow metrics off the page's main thread: at 10,000 requirements
// the log holds ~100,000 events, and reading and replaying them must not block
// the page. The worker opens the database itself, so the log is never copied
// across threads; only the (much smaller) result is.
import type { FlowAnalytics } from '../domain/analytics/flowAnalytics';
import { createAnalyticsRepository, type FlowRequest } from './analytics';
import { CairnDatabase, DEFAULT_DB_NAME } from './database';

export type AnalyticsWorkerReply = { ok: true; result: FlowAnalytics } | { ok: false; message: string };

self.onmessage = async (event: MessageEvent<FlowRequest>) => {
  const db = new CairnDatabase(DEFAULT_DB_NAME, { cache: 'disabled' });
  let reply: AnalyticsWorkerReply;
  try {
    reply = { ok: true, result: await createAnalyticsRepository(db).computeFlow(event.data) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  } finally {
    db.close();
  }
  self.postMessage(reply);
};
