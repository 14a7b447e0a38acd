import { useHistory } from '../state/history';
import { useT } from '../ui/useT';
import { runCommandById } from './commands/shortcuts';

/** Undo and Redo in the header; they run the registry's commands, as Ctrl+Z and Ctrl+Shift+Z or Ctrl+Y do. */
export function HistoryControls() {
  const t = useT();
  const last = useHistory((s) => s.past.at(-1));
  const next = useHistory((s) => s.future.at(-1));
  const busy = useHistory((s) => s.busy);

  return (
    <span className="app__history">
      <button
        type="button"
        className="button"
        disabled={!last || busy}
        title={last ? t('history.undoWhat', { action: last.describe(t) }) : t('history.nothingToUndo')}
        aria-keyshortcuts="Control+Z"
        onClick={() => runCommandById('undo')}
      >
        {t('history.undo')}
      </button>
      <button
        type="button"
        className="button"
        disabled={!next || busy}
        title={next ? t('history.redoWhat', { action: next.describe(t) }) : t('history.nothingToRedo')}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        onClick={() => runCommandById('redo')}
      >
        {t('history.redo')}
      </button>
    </span>
  );
}
