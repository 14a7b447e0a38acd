import { withoutRow, withRow, type BoardRows } from '../../domain/boardRows';
import { LayeredMap } from '../../domain/layeredMap';
import type { Requirement } from '../../domain/types';
import type { PendingMove } from '../../state/boardUi';

export type Columns = Record<string, readonly Requirement[]>;

const NO_ROWS: readonly Requirement[] = [];

/**
 * The columns of `stageIds` with the moves still being written laid on top, so a dropped card
 * stays where it was dropped; only the columns a pending move touches are copied. Rows of
 * unknown stages are left out of the columns.
 */
export function withPending(
  stageIds: readonly string[],
  board: BoardRows,
  pending: Readonly<Record<string, PendingMove>>,
): { columns: Columns; byId: ReadonlyMap<string, Requirement> } {
  const columns: Columns = {};
  for (const id of stageIds) columns[id] = board.columns[id] ?? NO_ROWS;
  const placedRows: [string, Requirement][] = [];
  for (const [id, move] of Object.entries(pending)) {
    const row = board.byId.get(id);
    if (!row || (row.stageId === move.stageId && row.rank === move.rank)) continue;
    const placed = { ...row, stageId: move.stageId, rank: move.rank };
    const from = columns[row.stageId];
    if (from) columns[row.stageId] = withoutRow(from, row);
    // Read after the removal: a reorder takes the card out of and back into the same column.
    const to = columns[move.stageId];
    if (to) columns[move.stageId] = withRow(to, placed);
    placedRows.push([id, placed]);
  }
  return { columns, byId: placedRows.length > 0 ? LayeredMap.of(board.byId).with(placedRows) : board.byId };
}

/**
 * Stage counts read from the index, with this tab's pending moves applied
 * (rows not loaded yet cannot have been dragged, so the loaded ones suffice).
 */
export function countsWithPending(
  stageIds: readonly string[],
  counts: Readonly<Record<string, number>>,
  loaded: readonly Requirement[],
  pending: Readonly<Record<string, PendingMove>>,
): Record<string, number> {
  const result: Record<string, number> = {};
  for (const id of stageIds) result[id] = counts[id] ?? 0;
  for (const row of loaded) {
    const move = pending[row.id];
    if (!move || move.stageId === row.stageId) continue;
    if (row.stageId in result) result[row.stageId] = (result[row.stageId] ?? 0) - 1;
    if (move.stageId in result) result[move.stageId] = (result[move.stageId] ?? 0) + 1;
  }
  return result;
}

// A column keeps its array until a change touches it, so its ids are worked out once per array:
// at 100,000 rows mapping every column after each move cost a few ms of the drop.
const columnIds = new WeakMap<readonly Requirement[], string[]>();

/** The ids of a column's rows, in its order (the same array for the same column). */
export function idsOf(column: readonly Requirement[]): string[] {
  let ids = columnIds.get(column);
  if (!ids) {
    ids = column.map((r) => r.id);
    columnIds.set(column, ids);
  }
  return ids;
}

/** Pending moves the database now shows, and so can be forgotten. */
export function settledMoves(
  byId: ReadonlyMap<string, Requirement>,
  pending: Readonly<Record<string, PendingMove>>,
): string[] {
  return Object.entries(pending)
    .filter(([id, move]) => {
      const row = byId.get(id);
      return row === undefined || (row.stageId === move.stageId && row.rank === move.rank);
    })
    .map(([id]) => id);
}
