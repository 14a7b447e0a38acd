// The one undo entry for a requirement's move, shared by the board, the table and the panel.
// Built outside components so its closure holds only these few values: one made in a drop
// handler would keep that render's whole board (10,000 rows) alive while it is in history.
import '../../i18n/historyMessages';
import { repositories } from '../../db';
import type { Requirement, Stage } from '../../domain/types';
import { guardedEntry } from '../../state/guardedEntry';
import type { HistoryEntry } from '../../state/history';
import { trackSave } from '../../state/saveStatus';
import { stageDisplayName } from '../../ui/stageName';

type Place = Pick<Requirement, 'stageId' | 'rank'>;

/** A move from `from` to where `moved` now is (in `stage`): undo puts the card back at its old rank. */
export function moveEntry(moved: Requirement, stage: Stage, from: Place): HistoryEntry {
  const { id, title } = moved;
  return guardedEntry<Place>({
    describe: (t) => t('history.move', { title, stage: stageDisplayName(stage, t) }),
    id,
    version: moved.version,
    before: { stageId: from.stageId, rank: from.rank },
    after: { stageId: moved.stageId, rank: moved.rank },
    write: async (to, ifVersion) =>
      (await trackSave(repositories.requirements.moveRequirement(id, to.stageId, to.rank, { ifVersion }))).version,
  });
}
