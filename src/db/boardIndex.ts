// The board's index and its key ranges: every read of a product's requirements by state, stage
// and rank goes through these.
import type { RequirementState } from '../domain/types';

/** A product's requirements by state, stage and rank. */
export const BOARD_INDEX = '[productId+state+stageId+rank]';

// Stage ids and ranks are strings, so '' and U+FFFF bound them. Dexie.minKey/maxKey
// inside a compound key give a range fake-indexeddb (and some engines) reject.
const LOWEST = '';
const HIGHEST = '\uffff';

/** Key range over the board index for one stage (or all stages when stageId is omitted). */
export function stageRange(productId: string, state: RequirementState, stageId?: string): [string[], string[]] {
  return stageId === undefined
    ? [
        [productId, state, LOWEST, LOWEST],
        [productId, state, HIGHEST, HIGHEST],
      ]
    : [
        [productId, state, stageId, LOWEST],
        [productId, state, stageId, HIGHEST],
      ];
}
