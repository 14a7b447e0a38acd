import { useHistory } from '../state/history';
import { useT } from '../ui/useT';
import { runCommandById } from './commands/shortcuts';

/** Undo and Redo in the header, as arrows named by aria-label (the title says what they undo); they run the registry's commands, as Ctrl+Z and Ctrl+Shift+Z or Ctrl+Y do. */
export function HistoryControls() {
  const t = useT();
  const last = useHistory((s) => s.past.at(-1));
  const next = useHistory((s) => s.future.at(-1));
  const busy = useHistory((s) => s.busy);

  return (
    <span className="shell__history">
      <button
        type="button"
        className="button button--icon"
        disabled={!last || busy}
        title={last ? t('history.undoWhat', { action: last.describe(t) }) : t('history.nothingToUndo')}
        aria-keyshortcuts="Control+Z"
        aria-label={t('history.undo')}
        onClick={() => runCommandById('undo')}
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        className="button button--icon"
        disabled={!next || busy}
        title={next ? t('history.redoWhat', { action: next.describe(t) }) : t('history.nothingToRedo')}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        aria-label={t('history.redo')}
        onClick={() => runCommandById('redo')}
      >
        <span aria-hidden="true">↷</span>
      </button>
    </span>
  );
}
