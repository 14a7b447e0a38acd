// Computes the flow metrics, or the board's age markers, off the page's main
// thread: at 10,000 requirements the log holds ~100,000 events, and reading and
// replaying them must not block the page. The worker opens the database itself,
// so the log is never copied across threads; only the (much smaller) result is.
import type { AgingCards } from '../domain/analytics/aging';
import type { FlowAnalytics } from '../domain/analytics/flowAnalytics';
import { createAnalyticsRepository, type AgingRequest, type FlowRequest } from './analytics';
import { CairnDatabase, DEFAULT_DB_NAME } from './database';

export type AnalyticsWorkerRequest = FlowRequest | AgingRequest;
export type AnalyticsWorkerReply =
  { ok: true; result: FlowAnalytics | AgingCards | null } | { ok: false; message: string };

self.onmessage = async (event: MessageEvent<AnalyticsWorkerRequest>) => {
  const db = new CairnDatabase(DEFAULT_DB_NAME, { cache: 'disabled' });
  const analytics = createAnalyticsRepository(db);
  const request = event.data;
  let reply: AnalyticsWorkerReply;
  try {
    const result = 'kind' in request ? await analytics.computeAging(request) : await analytics.computeFlow(request);
    reply = { ok: true, result };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  } finally {
    db.close();
  }
  self.postMessage(reply);
};
