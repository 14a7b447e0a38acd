// Undo entries of the board's writes. Built here, outside the components, so
// their closures hold only these few values: a closure made inside a drop
// handler would keep that render's whole board (10,000 rows) alive for as long
// as it is in history.
import '../../i18n/historyMessages';
import { repositories } from '../../db';
import type { Requirement } from '../../domain/types';
import { type HistoryEntry } from '../../state/history';
import { guardedEntry } from '../../state/guardedEntry';
import { trackSave } from '../../state/saveStatus';

/** The move's entry is shared with the table and the panel; re-exported so the board loads it with its other entries. */
export { moveEntry } from '../sharedHistory';

/** Undoing an add puts the card in the trash (soft), so redo brings back the very same card. */
export function createEntry(created: Requirement): HistoryEntry {
  return guardedEntry<'deleted' | 'active'>({
    describe: (t) => t('history.create', { title: created.title }),
    id: created.id,
    version: created.version,
    before: 'deleted',
    after: 'active',
    write: async (state, ifVersion) => {
      const write =
        state === 'deleted'
          ? repositories.requirements.deleteRequirement
          : repositories.requirements.restoreRequirement;
      return (await trackSave(write(created.id, { ifVersion }))).version;
    },
  });
}
