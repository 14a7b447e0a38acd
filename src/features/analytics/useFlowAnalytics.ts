import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { computeFlowInBackground, logWatch, type FlowRequest } from '../../db/analyticsAccess';
import type { FlowAnalytics } from '../../domain/analytics/flowAnalytics';

export type FlowState =
  { status: 'loading' } | { status: 'ready'; result: FlowAnalytics } | { status: 'failed'; error: unknown };

/**
 * The flow metrics for a request, recomputed in a worker whenever the product's
 * log changes (another tab or view included). The previous result stays on
 * screen while the next one computes, so charts do not flicker on each write.
 */
export function useFlowAnalytics(request: FlowRequest | null): FlowState {
  const productId = request?.productId ?? '';
  const signature = useSyncExternalStore(
    useCallback((listener: () => void) => logWatch.subscribe(productId, listener), [productId]),
    () => logWatch.generation(productId),
  );
  const [state, setState] = useState<FlowState>({ status: 'loading' });
  const key = request ? JSON.stringify(request) : '';
  useEffect(() => {
    if (!request) return;
    let current = true;
    computeFlowInBackground(request).then(
      (result) => current && setState({ status: 'ready', result }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
    // `key` stands for `request`: a new object with the same content must not recompute.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, key]);
  return state;
}
