// The panel's stage select moves a card the way a drop on the board does: one
// write that checks the WIP limit inside its transaction and appends the move
// event, landing on top of the stage (where the board shows an arrival), and
// one undo step.
import { repositories } from '../../db';
import { rankBetween } from '../../domain/ranking';
import type { Requirement, Stage } from '../../domain/types';
import { recordChange } from '../../state/history';
import { trackSave } from '../../state/saveStatus';
import { moveEntry } from '../sharedHistory';

export function moveToStage(row: Requirement, stage: Stage): Promise<Requirement> {
  const committed = (async () => {
    // The board's first-screen read is the one index range over a stage's top card.
    const { rows } = await repositories.requirements.listFirstScreen(row.productId, [stage.id], 1);
    const rank = rankBetween(null, rows[0]?.rank ?? null);
    const moved = await repositories.requirements.moveRequirement(row.id, stage.id, rank);
    // Recorded before "saved" shows, so an undo right after always finds it.
    recordChange(moveEntry(moved, stage, row));
    return moved;
  })();
  return trackSave(committed);
}
