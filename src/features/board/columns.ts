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

/** Pending moves the database now shows, and so can be forgotten. */
export function settledMoves(requirements: readonly Requirement[], pending: Readonly<Record<string, PendingMove>>): string[] {
  const ids = Object.keys(pending);
  if (ids.length === 0) return [];
  const byId = new Map(requirements.map((r) => [r.id, r]));
  return ids.filter((id) => {
    const row = byId.get(id);
    const move = pending[id];
    return row === undefined || (move !== undefined && row.stageId === move.stageId && row.rank === move.rank);
  });
}
