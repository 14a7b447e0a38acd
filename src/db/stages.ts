import { compareRanks } from '../domain/ranking';
import type { Stage, StageGate, WipMode } from '../domain/types';
import type { CairnDatabase } from './database';
import { BOARD_INDEX, stageRange } from './boardIndex';

export interface StagePatch {
  name?: string | null;
  color?: string;
  wipLimit?: number | null;
  wipMode?: WipMode;
  /** Reaching the stage counts as done (burndown, velocity). */
  done?: boolean;
  /** The exit checklist (mode and items), replaced whole. */
  gate?: StageGate;
}

/** Where a requirement was before a stage's deletion moved it, so undo can put it back. */
export interface MovedRequirement {
  id: string;
  stageId: string;
  rank: string;
  /** Its version right after the move: undo leaves it alone if it changed since. */
  version: number;
}

/** A deleted stage as written, and where its requirements were before the deletion moved them. */
export interface StageDeletion {
  stage: Stage;
  moved: MovedRequirement[];
}

/** Only write if the stage is still at this version (undo/redo must not overwrite newer changes). */
export interface StageGuard {
  ifVersion?: number;
}

/** A product's stages in board order, without the deleted ones. */
export async function listLiveStages(db: CairnDatabase, productId: string): Promise<Stage[]> {
  const rows = await db.stages.where('productId').equals(productId).toArray();
  return rows.filter((s) => !s.deleted).sort((a, b) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id));
}

/** What the board reads about stages; changing them is in stageWrites.ts, loaded with the stage settings. */
export function createStageRepository(db: CairnDatabase) {
  return {
    listStages: (productId: string) => listLiveStages(db, productId),

    /** Active requirement counts per stage, read from the index without loading rows. */
    async countRequirements(productId: string, stageId: string): Promise<number> {
      const [lower, upper] = stageRange(productId, 'active', stageId);
      return db.requirements.where(BOARD_INDEX).between(lower, upper, true, true).count();
    },
  };
}

export type StageRepository = ReturnType<typeof createStageRepository>;
