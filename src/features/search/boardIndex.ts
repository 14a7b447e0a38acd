// The board's search index, part of the lazily loaded engine. While nobody searches it follows the
// board's rows in the browser's idle time, a slice per idle period, so neither the board's paint nor
// a drag waits for it; a search finds it built and brings it up to date at once (issue 16).
import { createLiveSearchIndex, type LiveSearchIndex } from '../../domain/filters/liveIndex';
import type { SearchIndex } from '../../domain/filters/search';
import type { Member, Requirement } from '../../domain/types';

/** At most this much folding at a time: an idle period can last 50 ms, and a drag may start in it. */
const SLICE_MS = 8;

/** Syncs `index` to `rows` when idle; the returned function stops it (the rows changed again). */
export function syncWhenIdle(
  index: LiveSearchIndex,
  rows: ReadonlyMap<string, Requirement>,
  members: ReadonlyMap<string, Member>,
): () => void {
  const slice = (idleLeft = Infinity) => {
    const end = performance.now() + Math.min(SLICE_MS, idleLeft);
    return index.sync(rows, members, () => end - performance.now());
  };
  // Without requestIdleCallback (Safari), a timer.
  if (typeof requestIdleCallback !== 'function') {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      if (!slice()) timer = setTimeout(step, 50);
    };
    timer = setTimeout(step, 50);
    return () => clearTimeout(timer);
  }
  let id = 0;
  const step = (deadline: IdleDeadline) => {
    if (!slice(deadline.timeRemaining())) id = requestIdleCallback(step);
  };
  id = requestIdleCallback(step);
  return () => cancelIdleCallback(id);
}

// One board is open at a time; a sync drops the rows of the board before.
const board = createLiveSearchIndex();
let stopIdleSync = () => {};

/** Folds a page of the board's rows as it loads (boardWatch's pages), so the first search finds them folded. */
export function warmBoardIndex(rows: readonly Requirement[], members: ReadonlyMap<string, Member>): void {
  board.add(rows, members);
}

/**
 * The board's index of `rows` when `searching` (exact: synced before it returns); otherwise
 * null, and the index follows `rows` when the browser is idle. While the board loads (`complete`
 * false) `rows` is its first screen only: those are folded and nothing is dropped, so the pages
 * warmed ahead of it stay folded. Dropping them made a search typed during a 100,000-row load
 * fold every row again once it finished. Extra entries match nothing: a filter looks rows up by id.
 */
export function boardSearchIndex(
  rows: ReadonlyMap<string, Requirement>,
  members: ReadonlyMap<string, Member>,
  searching: boolean,
  complete = true,
): SearchIndex | null {
  stopIdleSync();
  if (!complete) {
    if (!searching) return null;
    board.add(rows.values(), members);
    return board.texts;
  }
  if (searching) return board.sync(rows, members) ? board.texts : null;
  stopIdleSync = syncWhenIdle(board, rows, members);
  return null;
}
