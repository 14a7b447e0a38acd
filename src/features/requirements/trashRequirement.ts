import '../../i18n/panelMessages';
import { repositories } from '../../db';
import type { Requirement } from '../../domain/types';
import type { Translate } from '../../i18n/translate';
import { guardedReplays, recordChange, undo, type HistoryEntry } from '../../state/history';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';

/** Undo restores the very same row from the trash; each replay expects the version the last one left. */
function trashEntry(written: Requirement): HistoryEntry {
  const replay = guardedReplays(written.version);
  return {
    describe: (tr) => tr('history.delete', { title: written.title }),
    undo: () => replay((guard) => trackSave(repositories.requirements.restoreRequirement(written.id, guard))),
    redo: () => replay((guard) => trackSave(repositories.requirements.deleteRequirement(written.id, guard))),
  };
}

/**
 * Moves a requirement to the trash as one undoable change and says so, with
 * an Undo in the toast (the board's Delete shortcut).
 */
export async function trashRequirement(id: string, t: Translate): Promise<void> {
  const reportError = (error: unknown) => showToast({ tone: 'error', message: describeError(error, t) });
  try {
    const written = await trackSave(repositories.requirements.deleteRequirement(id));
    const entry = trashEntry(written);
    recordChange(entry);
    showToast({
      tone: 'info',
      message: t('detail.deleted', { title: written.title }),
      action: { label: t('detail.undo'), run: () => void undo(entry).catch(reportError) },
    });
  } catch (error) {
    reportError(error);
  }
}
