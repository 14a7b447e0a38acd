// Progress of an initiative, derived from its requirements: never stored.
import type { Requirement, Stage } from '../types';
import type { InitiativeProgress } from './types';

/** Stage keys that count as delivered: launched, or launched and being reviewed. */
export const DONE_STAGE_KEYS: readonly string[] = ['released', 'review'];

export interface ProgressInput {
  stageId: string;
  state: Requirement['state'];
  /** Story points, or null when not estimated. */
  estimate: number | null;
}

/** The set of stage ids whose requirements count as done. */
export function doneStageIds(
  stages: readonly Pick<Stage, 'id' | 'key'>[],
  doneKeys: readonly string[] = DONE_STAGE_KEYS,
): Set<string> {
  return new Set(stages.filter((s) => s.key !== null && doneKeys.includes(s.key)).map((s) => s.id));
}

/**
 * Share of the linked requirements that reached a done stage. Deleted (trashed)
 * requirements do not count; archived ones do, as they are still part of the plan.
 * By estimate only over requirements that have one, and only when at least one does.
 */
export function initiativeProgress(
  requirements: readonly ProgressInput[],
  doneStages: ReadonlySet<string>,
): InitiativeProgress {
  const counted = requirements.filter((r) => r.state !== 'deleted');
  const done = counted.filter((r) => doneStages.has(r.stageId));
  const estimated = counted.filter((r) => r.estimate !== null && r.estimate > 0);
  const estimateTotal = estimated.reduce((sum, r) => sum + (r.estimate ?? 0), 0);
  const estimateDone = estimated
    .filter((r) => doneStages.has(r.stageId))
    .reduce((sum, r) => sum + (r.estimate ?? 0), 0);
  return {
    total: counted.length,
    done: done.length,
    byCount: counted.length === 0 ? null : done.length / counted.length,
    byEstimate: estimateTotal === 0 ? null : estimateDone / estimateTotal,
  };
}
