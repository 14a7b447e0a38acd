import { useCallback } from 'react';
import { CairnWriteError } from '../../db';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { useT } from '../../ui/useT';

/** Runs a write behind the save indicator; a refusal becomes a toast in the user's language. */
export function useWrite() {
  const t = useT();
  return useCallback(
    async <T>(write: Promise<T>): Promise<T | undefined> => {
      try {
        return await trackSave(write);
      } catch (error) {
        const active =
          error instanceof CairnWriteError && typeof error.details.name === 'string' ? error.details.name : null;
        showToast({
          tone: 'error',
          message: active !== null ? t('iterations.activeExists', { name: active }) : describeError(error, t),
        });
        return undefined;
      }
    },
    [t],
  );
}
