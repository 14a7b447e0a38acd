import { useCallback } from 'react';
import { trackSave } from '../state/saveStatus';
import { showToast } from '../state/toasts';
import { describeError } from './describeError';
import { useT } from './useT';

/** Runs one repository write so the header shows "saving…/saved"; a failure is toasted in the user's language. */
export function useTrackedSave() {
  const t = useT();
  return useCallback(
    <T>(write: Promise<T>): Promise<T | undefined> =>
      trackSave(write).catch((error: unknown) => {
        showToast({ tone: 'error', message: describeError(error, t) });
        return undefined;
      }),
    [t],
  );
}
