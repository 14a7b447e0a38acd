// The app's analytics repository, loaded with the Analytics view (and the board's age markers).
import type { AgingCards } from '../domain/analytics/aging';
import type { FlowAnalytics } from '../domain/analytics/flowAnalytics';
import { createAnalyticsRepository, type AgingRequest, type FlowRequest } from './analytics';
import type { AnalyticsWorkerReply, AnalyticsWorkerRequest } from './analyticsWorker';
import { repositories } from './index';
import { createLogWatch } from './logWatch';
import { withStorageErrors } from './storageErrors';

export const analyticsRepository = withStorageErrors(createAnalyticsRepository(repositories.db));
export type { AgingRequest, FlowRequest } from './analytics';
/** When a product's log changed: what the flow metrics and age markers are computed from. */
export const logWatch = createLogWatch(repositories.db);

/**
 * Runs one request in a worker of its own; the caller knows which result its request gets.
 * `signal` aborted stops the worker, and with it the reads it holds open (rejects with the reason).
 */
function inWorker(request: AnalyticsWorkerRequest, signal?: AbortSignal): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const worker = new Worker(new URL('./analyticsWorker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
    const done = () => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<AnalyticsWorkerReply>) => {
      done();
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      done();
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

/** The board's age markers, likewise off the page's thread; `signal` stops the worker. */
export function computeAgingInBackground(request: AgingRequest, signal?: AbortSignal): Promise<AgingCards | null> {
  if (typeof Worker === 'undefined') return analyticsRepository.computeAging(request);
  return inWorker(request, signal) as Promise<AgingCards | null>;
}
