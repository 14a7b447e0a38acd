// The board's active requirements held in memory, per stage in board order, and changed a few
// rows at a time. At 100,000 requirements re-reading and regrouping every row after each write
// cost more than the 100 ms a drop may take (issue 16); a change now copies only the columns it
// touches.
import { LayeredMap } from './layeredMap';
import { compareRanks } from './ranking';
import type { Requirement } from './types';

export interface BoardRows {
  byId: ReadonlyMap<string, Requirement>;
  /** Rows per stage id, in board order: rank, then id (the board index's own order). */
  columns: Readonly<Record<string, readonly Requirement[]>>;
}

export const EMPTY_BOARD_ROWS: BoardRows = { byId: new Map(), columns: {} };

export function byBoardOrder(a: Pick<Requirement, 'rank' | 'id'>, b: Pick<Requirement, 'rank' | 'id'>): number {
  return compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id);
}

/**
 * Every row in the board index's own order: stage id, then rank, then id. Stage ids compare as
 * IndexedDB compares strings, by UTF-16 code unit, which is also what `sort()` does.
 */
export function rowsInIndexOrder(board: BoardRows): Requirement[] {
  return Object.keys(board.columns)
    .sort()
    .flatMap((stageId) => board.columns[stageId] ?? []);
}

/** Where `row` goes in a column in board order (after rows that sort before it). */
function insertAt(column: readonly Requirement[], row: Pick<Requirement, 'rank' | 'id'>): number {
  let low = 0;
  let high = column.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (byBoardOrder(column[mid] as Requirement, row) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A copy of `column` with `row` placed in board order. */
export function withRow(column: readonly Requirement[], row: Requirement): Requirement[] {
  const copy = column.slice();
  copy.splice(insertAt(column, row), 0, row);
  return copy;
}

/** A copy of `column` without the row of `id` (found by its rank where the column is in order). */
export function withoutRow(column: readonly Requirement[], row: Pick<Requirement, 'rank' | 'id'>): Requirement[] {
  let at = insertAt(column, row);
  if (column[at]?.id !== row.id) at = column.findIndex((r) => r.id === row.id);
  if (at < 0) return column.slice();
  const copy = column.slice();
  copy.splice(at, 1);
  return copy;
}

/**
 * Rows in board order, grouped by stage. A row read twice (it moved between two reads of a paged
 * load) is kept once, the later copy, so its column agrees with its entry by id; the write that
 * moved it brings the row as it is now.
 */
export function boardRowsOf(rows: readonly Requirement[]): BoardRows {
  const byId = new Map<string, Requirement>();
  const columns: Record<string, Requirement[]> = {};
  for (const row of rows) byId.set(row.id, row);
  for (const row of byId.values()) (columns[row.stageId] ??= []).push(row);
  for (const column of Object.values(columns)) column.sort(byBoardOrder);
  return { byId, columns };
}

/**
 * `board` after the rows of `ids` became `rows` (undefined: gone). A row that `belongs`
 * rejects (archived, deleted, another product) leaves the board. Only the columns a change
 * touches are copied, and the rows by id are layered over the old ones, not copied.
 */
export function withChanges(
  board: BoardRows,
  ids: readonly string[],
  rows: readonly (Requirement | undefined)[],
  belongs: (row: Requirement) => boolean,
): BoardRows {
  const columns: Record<string, readonly Requirement[]> = { ...board.columns };
  const updates = ids.map((id, i): [string, Requirement | undefined] => {
    const before = board.byId.get(id);
    const after = rows[i];
    if (before) columns[before.stageId] = withoutRow(columns[before.stageId] ?? [], before);
    const kept = after && belongs(after) ? after : undefined;
    if (kept) columns[kept.stageId] = withRow(columns[kept.stageId] ?? [], kept);
    return [id, kept];
  });
  return { byId: LayeredMap.of(board.byId).with(updates), columns };
}
