import '../../i18n/panelMessages';
import { repositories } from '../../db';
import type { Requirement } from '../../domain/types';
import type { Translate } from '../../i18n/translate';
import { guardedReplays, recordChange, undo, type HistoryEntry } from '../../state/history';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';

/**
 * Undo puts the row back in the state it had (active, or archived under the
 * archived filter); each replay expects the version the last one left.
 */
function trashEntry(before: Requirement, written: Requirement): HistoryEntry {
  const replay = guardedReplays(written.version);
  const back = before.state === 'archived' ? repositories.requirements.archiveRequirement : repositories.requirements.restoreRequirement;
  return {
    describe: (tr) => tr('history.delete', { title: written.title }),
    undo: () => replay((guard) => trackSave(back(written.id, guard))),
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
    const before = await repositories.requirements.getRequirement(id);
    if (!before || before.state === 'deleted') return;
    // Guarded: the state undo goes back to is the one this write replaced.
    const written = await trackSave(repositories.requirements.deleteRequirement(id, { ifVersion: before.version }));
    const entry = trashEntry(before, written);
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
