import '../i18n/historyMessages';
import type { Translate } from '../i18n/translate';
import { redo, undo } from '../state/history';
import { showToast } from '../state/toasts';
import { describeError } from '../ui/describeError';

/** Undo or redo the latest change, saying what happened either way. */
export async function runHistory(kind: 'undo' | 'redo', t: Translate): Promise<void> {
  try {
    const entry = await (kind === 'undo' ? undo() : redo());
    if (entry)
      showToast({
        tone: 'info',
        message: t(kind === 'undo' ? 'history.undone' : 'history.redone', { action: entry.describe(t) }),
      });
  } catch (error) {
    showToast({ tone: 'error', message: describeError(error, t) });
  }
}
