import { useCallback } from 'react';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { useT } from '../../ui/useT';

/**
 * Runs a write so the header shows it. A failure is toasted unless
 * `onError` returns true (it handled the failure itself).
 */
export function useSave() {
  const t = useT();
  return useCallback(
    (write: Promise<unknown>, onError?: (error: unknown) => boolean | void) => {
      trackSave(write).catch((error: unknown) => {
        if (onError?.(error) === true) return;
        showToast({ tone: 'error', message: describeError(error, t) });
      });
    },
    [t],
  );
}
