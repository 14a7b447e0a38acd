import '../../i18n/panelMessages';
import { repositories } from '../../db';
import type { Translate } from '../../i18n/translate';
import { recordChange, undo } from '../../state/history';
import { stateEntry } from './requirementHistory';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';

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
    const entry = stateEntry(before, written);
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
