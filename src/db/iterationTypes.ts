// The shapes the iteration repository takes and returns (apart so the repository stays one screen of writes).
import type { CapacityUnit, Iteration, MemberCapacity } from '../domain/iterations/types';

export interface NewIteration {
  name: string;
  goal?: string;
  startDate: string;
  endDate: string;
  capacityUnit?: CapacityUnit;
  capacity?: number | null;
  memberCapacity?: MemberCapacity[];
}

export type IterationPatch = Partial<NewIteration>;

/** Write only if the iteration is still at this version (undo, redo). */
export interface IterationGuard {
  ifVersion?: number;
}

/** What an iteration action changed on the iteration itself, so undo can put it back. */
export type IterationStatus = Pick<
  Iteration,
  'state' | 'committedPoints' | 'completedPoints' | 'startedAt' | 'closedAt' | 'deleted'
>;

/** A requirement an iteration action took out of the iteration: its version right after, so undo leaves it alone if changed since. */
export interface UnplannedRequirement {
  id: string;
  version: number;
}

/** An iteration action as written: the iteration after it, and the requirements it moved out. */
export interface IterationChange {
  iteration: Iteration;
  movedOut: UnplannedRequirement[];
  /** The next iteration a close created (or brought back on redo). */
  created?: Iteration;
}

/**
 * The iteration a close creates in the same transaction (`input`), or on redo
 * the one it created before, brought back at `ifVersion`. Carry-over choices
 * name it NEW_ITERATION.
 */
export type NextIteration = { input: NewIteration } | { reviveId: string; ifVersion: number };
