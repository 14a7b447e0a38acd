import { useEffect } from 'react';
import { useHistory } from '../state/history';
import { useT } from '../ui/useT';
import { historyKey, runHistory } from './historyActions';

/** Undo and Redo in the header, with the keyboard shortcuts that work anywhere outside a text field. */
export function HistoryControls() {
  const t = useT();
  const last = useHistory((s) => s.past.at(-1));
  const next = useHistory((s) => s.future.at(-1));
  const busy = useHistory((s) => s.busy);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const kind = historyKey(event);
      if (!kind) return;
      event.preventDefault();
      void runHistory(kind, t);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [t]);

  return (
    <span className="app__history">
      <button
        type="button"
        className="button"
        disabled={!last || busy}
        title={last ? t('history.undoWhat', { action: last.describe(t) }) : t('history.nothingToUndo')}
        onClick={() => void runHistory('undo', t)}
      >
        {t('history.undo')}
      </button>
      <button
        type="button"
        className="button"
        disabled={!next || busy}
        title={next ? t('history.redoWhat', { action: next.describe(t) }) : t('history.nothingToRedo')}
        onClick={() => void runHistory('redo', t)}
      >
        {t('history.redo')}
      </button>
    </span>
  );
}
