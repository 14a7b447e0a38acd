// The board's index and its key ranges: every read of a product's requirements by state, stage
// and rank goes through these.
import type { Requirement, RequirementState } from '../domain/types';
import type { CairnDatabase } from './database';

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

/**
 * Every requirement of a product, whatever its state, in board-index order. Requirements have no
 * index of their own on `productId` (schema v7): the board index starts with it.
 */
export function requirementsOfProduct(db: CairnDatabase, productId: string) {
  return db.requirements
    .where(BOARD_INDEX)
    .between([productId, LOWEST, LOWEST, LOWEST], [productId, HIGHEST, HIGHEST, HIGHEST], true, true);
}

/**
 * Rows per read. One page is one task when its rows are decoded, and one short read a write
 * may have to wait for; 5,000 keep both small while the round trips stay few (20 at 100,000).
 */
export const ROW_PAGE = 5_000;

const keyOf = (row: Requirement): string[] => [row.productId, row.state, row.stageId, row.rank];

/**
 * Every requirement of `productId` in `state`, in board order, a page per read transaction, so a
 * write waits for one page at most rather than for 100,000 rows. Pages are not one snapshot: a
 * caller that must not miss a row written meanwhile also watches the writes (boardWatch.ts).
 * `onPage` hears each page's new rows as they arrive, the same objects the result holds. With
 * `stageId`, the rows of that stage only.
 */
export async function readInPages(
  db: CairnDatabase,
  productId: string,
  state: RequirementState,
  pageSize = ROW_PAGE,
  onPage?: (rows: readonly Requirement[]) => void,
  stageId?: string,
): Promise<Requirement[]> {
  const [first, upper] = stageRange(productId, state, stageId);
  const rows: Requirement[] = [];
  const seen = new Set<string>();
  const take = (page: readonly Requirement[]) => {
    const fresh = page.filter((row) => !seen.has(row.id));
    for (const row of fresh) {
      seen.add(row.id);
      rows.push(row);
    }
    if (fresh.length > 0) onPage?.(fresh);
    return fresh.length;
  };
  let lower = first;
  let open = false;
  for (;;) {
    const page = await db.requirements.where(BOARD_INDEX).between(lower, upper, !open, true).limit(pageSize).toArray();
    const fresh = take(page);
    const last = page.at(-1);
    if (page.length < pageSize || !last) return rows;
    // The next page starts at the last key, inclusive, since rows may share a rank; a page
    // holding nothing new is all one key, so take the whole key and step past it.
    lower = keyOf(last);
    open = fresh === 0;
    if (open) take(await db.requirements.where(BOARD_INDEX).equals(lower).toArray());
  }
}
