// Rules for moving a requirement: where it lands and whether the target
// stage's WIP limit lets it in. Pure, so the board, keyboard moves and
// importers share one answer.
import { compareRanks, rankAtIndex } from './ranking';
import type { Stage } from './types';

export interface Ranked {
  id: string;
  rank: string;
}

/**
 * The new rank for `movingId` placed at `index` in a column whose items are
 * `column` (sorted or not; the moving item may or may not be in it).
 * `index` counts positions among the other items.
 */
export function rankForDrop(column: readonly Ranked[], movingId: string, index: number): string {
  const ranks = column
    .filter((item) => item.id !== movingId)
    .map((item) => item.rank)
    .sort(compareRanks);
  return rankAtIndex(ranks, index);
}

export type WipVerdict = { kind: 'ok' } | { kind: 'warn'; limit: number } | { kind: 'block'; limit: number };

/**
 * Whether one more requirement may enter `stage` that already holds
 * `countBefore` requirements (not counting the mover). A move inside the same
 * stage never changes its count and is always allowed.
 */
export function checkWipForEntry(
  stage: Pick<Stage, 'wipLimit' | 'wipMode'>,
  countBefore: number,
  sameStage: boolean,
): WipVerdict {
  if (sameStage || stage.wipLimit === null) return { kind: 'ok' };
  if (countBefore + 1 <= stage.wipLimit) return { kind: 'ok' };
  return stage.wipMode === 'block' ? { kind: 'block', limit: stage.wipLimit } : { kind: 'warn', limit: stage.wipLimit };
}

export type WipState = 'none' | 'within' | 'at' | 'over';

/** How a column shows its WIP limit: over the limit turns the column amber. */
export function wipState(count: number, wipLimit: number | null): WipState {
  if (wipLimit === null) return 'none';
  if (count > wipLimit) return 'over';
  if (count === wipLimit) return 'at';
  return 'within';
}
