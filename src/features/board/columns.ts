import { compareRanks } from '../../domain/ranking';
import type { Requirement } from '../../domain/types';
import type { PendingMove } from '../../state/boardUi';

export type Columns = Record<string, Requirement[]>;

function byRank(a: Requirement, b: Requirement): number {
  return compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id);
}

/**
 * Groups active requirements into their stages, ranked, with moves that are
 * still being written applied on top, so a dropped card stays where it was
 * dropped. Requirements of unknown stages are left out.
 */
export function groupByStage(
  stageIds: readonly string[],
  requirements: readonly Requirement[],
  pending: Readonly<Record<string, PendingMove>>,
): Columns {
  const columns: Columns = {};
  for (const id of stageIds) columns[id] = [];
  let touched = false;
  for (const requirement of requirements) {
    const move = pending[requirement.id];
    const placed = move ? { ...requirement, stageId: move.stageId, rank: move.rank } : requirement;
    if (move) touched = true;
    columns[placed.stageId]?.push(placed);
  }
  // Rows arrive ranked from the board index; only pending moves break that order.
  if (touched) for (const id of stageIds) columns[id]?.sort(byRank);
  return columns;
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

/** Pending moves the database now shows, and so can be forgotten. */
export function settledMoves(
  requirements: readonly Requirement[],
  pending: Readonly<Record<string, PendingMove>>,
): string[] {
  const ids = Object.keys(pending);
  if (ids.length === 0) return [];
  const byId = new Map(requirements.map((r) => [r.id, r]));
  return ids.filter((id) => {
    const row = byId.get(id);
    const move = pending[id];
    return row === undefined || (move !== undefined && row.stageId === move.stageId && row.rank === move.rank);
  });
}
