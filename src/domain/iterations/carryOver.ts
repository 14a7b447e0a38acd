// Closing an iteration: what it completed, what is left, and where each
// unfinished requirement goes (another iteration or back to the backlog).
import type { Requirement } from '../types';
import { roundPoints } from './capacity';
import type { Iteration } from './types';

type Row = Pick<Requirement, 'id' | 'estimate' | 'stageId' | 'iterationId' | 'state'>;

export function isDone(row: Pick<Requirement, 'stageId'>, doneStageIds: ReadonlySet<string>): boolean {
  return doneStageIds.has(row.stageId);
}

/** The iteration's requirements (not in the trash) split into done and unfinished. */
export function splitByDone<T extends Row>(
  rows: readonly T[],
  iterationId: string,
  doneStageIds: ReadonlySet<string>,
): { done: T[]; unfinished: T[] } {
  const mine = rows.filter((r) => r.iterationId === iterationId && r.state !== 'deleted');
  return {
    done: mine.filter((r) => isDone(r, doneStageIds)),
    unfinished: mine.filter((r) => !isDone(r, doneStageIds)),
  };
}

export function completedPoints(rows: readonly Row[], iterationId: string, doneStageIds: ReadonlySet<string>): number {
  return roundPoints(splitByDone(rows, iterationId, doneStageIds).done.reduce((sum, r) => sum + (r.estimate ?? 0), 0));
}

/** A carry-over target: the next iteration, created by the same close. */
export const NEW_ITERATION = 'new-iteration';

/** Where one unfinished requirement goes: an iteration's id, or null for the backlog. */
export type CarryOverChoice = Record<string, string | null>;

export interface CarryOverMove {
  requirementId: string;
  toIterationId: string | null;
}

export type CarryOverProblem =
  | { kind: 'missingChoice'; requirementId: string }
  | { kind: 'notUnfinished'; requirementId: string }
  | { kind: 'badTarget'; requirementId: string; iterationId: string };

/**
 * Checks the PM's choices against what is unfinished: every unfinished
 * requirement needs one, and targets must be open iterations of the product
 * other than the one closing.
 */
export function carryOverPlan(
  closing: Pick<Iteration, 'id'>,
  unfinished: readonly Row[],
  choices: CarryOverChoice,
  openIterations: readonly Pick<Iteration, 'id' | 'state' | 'deleted'>[],
): { moves: CarryOverMove[]; problems: CarryOverProblem[] } {
  const targets = new Set(
    openIterations.filter((i) => i.state !== 'closed' && !i.deleted && i.id !== closing.id).map((i) => i.id),
  );
  const ids = new Set(unfinished.map((r) => r.id));
  const problems: CarryOverProblem[] = [];
  const moves: CarryOverMove[] = [];
  for (const requirementId of Object.keys(choices)) {
    if (!ids.has(requirementId)) problems.push({ kind: 'notUnfinished', requirementId });
  }
  for (const row of unfinished) {
    if (!(row.id in choices)) {
      problems.push({ kind: 'missingChoice', requirementId: row.id });
      continue;
    }
    const target = choices[row.id] ?? null;
    if (target !== null && !targets.has(target)) {
      problems.push({ kind: 'badTarget', requirementId: row.id, iterationId: target });
      continue;
    }
    moves.push({ requirementId: row.id, toIterationId: target });
  }
  return { moves, problems };
}
