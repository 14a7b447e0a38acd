// The app's analytics repository, loaded with the Analytics view (and the board's age markers).
import type { AgingCards } from '../domain/analytics/aging';
import type { FlowAnalytics } from '../domain/analytics/flowAnalytics';
import { createAnalyticsRepository, type AgingRequest, type FlowRequest } from './analytics';
import type { AnalyticsWorkerReply, AnalyticsWorkerRequest } from './analyticsWorker';
import { repositories } from './index';
import { withStorageErrors } from './storageErrors';

export const analyticsRepository = withStorageErrors(createAnalyticsRepository(repositories.db));
export type { AgingRequest, FlowRequest } from './analytics';

/** Runs one request in a worker of its own; the caller knows which result its request gets. */
function inWorker(request: AnalyticsWorkerRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./analyticsWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<AnalyticsWorkerReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(request);
  });
}

/** The flow metrics, computed in a worker where the browser has them (on this thread otherwise). */
export function computeFlowInBackground(request: FlowRequest): Promise<FlowAnalytics> {
  if (typeof Worker === 'undefined') return analyticsRepository.computeFlow(request);
  return inWorker(request) as Promise<FlowAnalytics>;
}

/** The board's age markers, likewise off the page's thread. */
export function computeAgingInBackground(request: AgingRequest): Promise<AgingCards | null> {
  if (typeof Worker === 'undefined') return analyticsRepository.computeAging(request);
  return inWorker(request) as Promise<AgingCards | null>;
}
