import type { Translate } from '../i18n/translate';
import { redo, undo } from '../state/history';
import { showToast } from '../state/toasts';
import { describeError } from '../ui/describeError';

/** Undo or redo the latest change, saying what happened either way. */
export async function runHistory(kind: 'undo' | 'redo', t: Translate): Promise<void> {
  try {
    const entry = await (kind === 'undo' ? undo() : redo());
    if (entry) showToast({ tone: 'info', message: t(kind === 'undo' ? 'history.undone' : 'history.redone', { action: entry.describe(t) }) });
  } catch (error) {
    showToast({ tone: 'error', message: describeError(error, t) });
  }
}

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z or Ctrl+Y redoes; in a text field the field's own undo wins. */
export function historyKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}
