import { repositories } from '../../db';
import type { Translate } from '../../i18n/translate';
import { guardedReplays, recordChange, undo, type HistoryEntry } from '../../state/history';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';

/**
 * Moves a requirement to the trash as one undoable change, and says so with an
 * Undo in the toast (the Delete shortcut on the board).
 */
export async function trashRequirement(id: string, t: Translate): Promise<void> {
  let entry: HistoryEntry;
  try {
    const written = await trackSave(repositories.requirements.deleteRequirement(id));
    const replay = guardedReplays(written.version);
    entry = {
      describe: (tr) => tr('history.delete', { title: written.title }),
      undo: () => replay((guard) => trackSave(repositories.requirements.restoreRequirement(id, guard))),
      redo: () => replay((guard) => trackSave(repositories.requirements.deleteRequirement(id, guard))),
    };
    recordChange(entry);
    showToast({
      tone: 'info',
      message: t('detail.deleted', { title: written.title }),
      action: { label: t('detail.undo'), run: () => void undo(entry).catch((error: unknown) => showToast({ tone: 'error', message: describeError(error, t) })) },
    });
  } catch (error) {
    showToast({ tone: 'error', message: describeError(error, t) });
  }
}
