// The app's analytics repository, loaded with the Analytics view.
import type { FlowAnalytics } from '../domain/analytics/flowAnalytics';
import { createAnalyticsRepository, type FlowRequest } from './analytics';
import type { AnalyticsWorkerReply } from './analyticsWorker';
import { repositories } from './index';
import { withStorageErrors } from './storageErrors';

export const analyticsRepository = withStorageErrors(createAnalyticsRepository(repositories.db));
export type { FlowRequest } from './analytics';

/** The flow metrics, computed in a worker where the browser has them (on this thread otherwise). */
export function computeFlowInBackground(request: FlowRequest): Promise<FlowAnalytics> {
  if (typeof Worker === 'undefined') return analyticsRepository.computeFlow(request);
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
