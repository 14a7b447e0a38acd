// Stages in today's board order, and the default start and done stages of
// cycle time. Metrics always work on stage ids, so a renamed stage keeps its
// history, and on today's order, so a reordered or added stage is judged where
// it stands now.
import { compareRanks } from '../ranking';
import type { FlowStage, FlowStages } from './types';

/** Where a product's settings keep its flow stages (null: the lifecycle default). */
export interface FlowStageSettings {
  flowStartStageId: string | null;
  flowDoneStageId: string | null;
}

/** Every stage (deleted ones too: history may still pass through them), in board order. */
export function stagesInBoardOrder<S extends FlowStage>(stages: readonly S[]): S[] {
  return [...stages].sort((a, b) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id));
}

/** Stage id → its index in board order. */
export function stagePositions(stages: readonly FlowStage[]): Map<string, number> {
  return new Map(stagesInBoardOrder(stages).map((s, i) => [s.id, i]));
}

/**
 * Development → Released when the product has them; otherwise the second live
 * stage (work past intake) and the first stage marked done (or the last).
 * Null when the product has no live stage.
 */
export function defaultFlowStages(stages: readonly FlowStage[]): FlowStages | null {
  const live = stagesInBoardOrder(stages).filter((s) => !s.deleted);
  if (live.length === 0) return null;
  const start = live.find((s) => s.key === 'development') ?? live[Math.min(1, live.length - 1)];
  const done = live.find((s) => s.key === 'released') ?? live.find((s) => s.done) ?? live[live.length - 1];
  return { startStageId: (start as FlowStage).id, doneStageId: (done as FlowStage).id };
}

/** The chosen stages when both still exist, else the defaults (a chosen stage may have been deleted since). */
export function resolveFlowStages(
  stages: readonly FlowStage[],
  chosen: Partial<FlowStages> | undefined,
): FlowStages | null {
  const fallback = defaultFlowStages(stages);
  if (!fallback) return null;
  const live = new Set(stages.filter((s) => !s.deleted).map((s) => s.id));
  const start = chosen?.startStageId && live.has(chosen.startStageId) ? chosen.startStageId : fallback.startStageId;
  const done = chosen?.doneStageId && live.has(chosen.doneStageId) ? chosen.doneStageId : fallback.doneStageId;
  const position = stagePositions(stages);
  // A start after the done stage would give negative cycle times: fall back rather than mislead.
  if ((position.get(start) ?? 0) > (position.get(done) ?? 0)) return fallback;
  return { startStageId: start, doneStageId: done };
}

/** The product's flow stages: its settings' choice where it still holds, the defaults otherwise. */
export function productFlowStages(stages: readonly FlowStage[], settings: FlowStageSettings): FlowStages | null {
  return resolveFlowStages(stages, {
    startStageId: settings.flowStartStageId ?? undefined,
    doneStageId: settings.flowDoneStageId ?? undefined,
  });
}

/**
 * Why a new choice of flow stages cannot be kept, or null when it can: each
 * stage in `changed` must be a live stage of the product, and the start may not
 * come after the done stage. A null, or a kept choice whose stage was deleted
 * since, stands for the default, as `productFlowStages` reads it.
 */
export function flowStagesProblem(
  stages: readonly FlowStage[],
  settings: FlowStageSettings,
  changed: readonly (keyof FlowStageSettings)[],
): string | null {
  const live = new Set(stages.filter((s) => !s.deleted).map((s) => s.id));
  for (const field of changed) {
    const id = settings[field];
    if (id !== null && !live.has(id)) return `${field}: ${id} is not a stage of this product`;
  }
  const fallback = defaultFlowStages(stages);
  const chosen = (id: string | null) => (id !== null && live.has(id) ? id : null);
  const start = chosen(settings.flowStartStageId) ?? fallback?.startStageId;
  const done = chosen(settings.flowDoneStageId) ?? fallback?.doneStageId;
  const position = stagePositions(stages);
  if (start && done && (position.get(start) ?? 0) > (position.get(done) ?? 0))
    return `the start stage ${start} comes after the done stage ${done}`;
  return null;
}
