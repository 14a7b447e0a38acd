import { rankBetween } from '../domain/ranking';
import {
  type CairnEvent,
  type EventType,
  type Requirement,
  type RequirementState,
  type RequirementType,
  type Priority,
  type Env,
} from '../domain/types';
import { newRequirement } from '../domain/rows/requirement';
import type { CairnDatabase } from './database';
import type { BoardRows } from '../domain/boardRows';
import { watchBoardRows } from './boardWatch';
import { CairnWriteError } from '../domain/errors';
import { assertStageRoom, checkVersion, eventsFor, assertFound, passGate } from './writePath';
import { BOARD_INDEX, stageRange } from './boardIndex';

export interface NewRequirement {
  title: string;
  description?: string;
  type?: RequirementType;
  priority?: Priority;
}

/** Write only if the row is still at this version (undo/redo: never over a newer change). */
export interface WriteGuard {
  ifVersion?: number;
}

export interface FirstScreen {
  /** The first cards of each stage, in board order. */
  rows: Requirement[];
  /** Active requirements per stage id. */
  counts: Record<string, number>;
}

/**
 * Undo and redo replay a change on the row they saw; if anything (another tab,
 * another edit) wrote it since, they must not overwrite that newer change.
 */
export function checkGuard(row: Requirement, guard: WriteGuard | undefined): void {
  checkVersion(
    row,
    guard,
    row.title,
    `${row.title} changed since (version ${row.version}, expected ${guard?.ifVersion})`,
  );
}

export async function requirementOrThrow(db: CairnDatabase, id: string): Promise<Requirement> {
  const row = await db.requirements.get(id);
  assertFound(row, `Requirement ${id} does not exist`);
  return row;
}

export function createRequirementRepository(db: CairnDatabase, env: Env) {
  const event = eventsFor(env);

  const mustGet = (id: string) => requirementOrThrow(db, id);

  function stageQuery(productId: string, stageId: string) {
    const [lower, upper] = stageRange(productId, 'active', stageId);
    return db.requirements.where(BOARD_INDEX).between(lower, upper, true, true);
  }

  async function setState(
    id: string,
    state: RequirementState,
    type: EventType,
    guard?: WriteGuard,
  ): Promise<Requirement> {
    return db.transaction('rw', db.requirements, db.events, db.stages, async () => {
      const row = await mustGet(id);
      checkGuard(row, guard);
      if (row.state === state) return row;
      if (state === 'active') {
        // A restore puts the card back into its stage: the stage's hard limit applies as to any entry.
        const stage = await db.stages.get(row.stageId);
        if (stage && !stage.deleted) await assertStageRoom(db, stage, 1);
      }
      const next: Requirement = { ...row, state, updatedAt: env.now(), version: row.version + 1 };
      await db.requirements.put(next);
      await db.events.add(event(row.productId, id, type, { from: row.state, to: state }));
      return next;
    });
  }

  return {
    /** Adds a requirement at the top of a stage, where quick add shows it. */
    async createRequirement(productId: string, stageId: string, input: NewRequirement): Promise<Requirement> {
      const title = input.title.trim();
      if (title.length === 0) throw new CairnWriteError('invalidInput', 'A requirement needs a title');
      return db.transaction('rw', db.requirements, db.events, db.stages, async () => {
        const stage = await db.stages.get(stageId);
        if (!stage || stage.deleted || stage.productId !== productId) {
          throw new CairnWriteError('notFound', `Stage ${stageId} does not exist in this product`);
        }
        await assertStageRoom(db, stage, 1);
        const first = await stageQuery(productId, stageId).first();
        const row = newRequirement(env, {
          productId,
          title,
          description: input.description,
          type: input.type,
          priority: input.priority,
          stageId,
          rank: rankBetween(null, first?.rank ?? null),
        });
        await db.requirements.add(row);
        await db.events.add(event(productId, row.id, 'requirement.created', { stageId, title }));
        return row;
      });
    },

    /**
     * Moves one requirement to `toStageId` at `rank`. Writes exactly the moved
     * row and one event, in one transaction; the WIP rule is checked inside it
     * so another tab cannot slip past a blocking limit, and so is the gate of
     * the stage it leaves (strict refuses; warn records `gateSkipped`).
     */
    async moveRequirement(id: string, toStageId: string, rank: string, guard?: WriteGuard): Promise<Requirement> {
      return db.transaction('rw', db.requirements, db.events, db.stages, db.products, async () => {
        const row = await mustGet(id);
        checkGuard(row, guard);
        const target = await db.stages.get(toStageId);
        if (!target || target.deleted || target.productId !== row.productId) {
          throw new CairnWriteError('notFound', `Stage ${toStageId} does not exist in this product`);
        }
        const sameStage = row.stageId === toStageId;
        if (!sameStage) await assertStageRoom(db, target, 1);
        const gateSkipped = sameStage ? [] : await passGate(db, row, await db.stages.get(row.stageId), target);
        const moved: Requirement = { ...row, stageId: toStageId, rank, updatedAt: env.now(), version: row.version + 1 };
        await db.requirements.put(moved);
        await db.events.add(
          event(row.productId, id, 'requirement.moved', {
            fromStageId: row.stageId,
            toStageId,
            fromRank: row.rank,
            toRank: rank,
            ...(gateSkipped.length > 0 && { gateSkipped }),
          }),
        );
        return moved;
      });
    },

    archiveRequirement: (id: string, guard?: WriteGuard) => setState(id, 'archived', 'requirement.archived', guard),
    deleteRequirement: (id: string, guard?: WriteGuard) => setState(id, 'deleted', 'requirement.deleted', guard),
    restoreRequirement: (id: string, guard?: WriteGuard) => setState(id, 'active', 'requirement.restored', guard),

    getRequirement: (id: string) => db.requirements.get(id),

    /** A product's active requirements, grouped by stage and ranked (one index range, no sort). */
    listBoardRequirements(productId: string): Promise<Requirement[]> {
      const [lower, upper] = stageRange(productId, 'active');
      return db.requirements.where(BOARD_INDEX).between(lower, upper, true, true).toArray();
    },

    /**
     * The board's active rows of `productId`, kept in step with every tab's writes (see boardWatch.ts);
     * returns the function that stops watching.
     */
    watchBoardRows(
      productId: string,
      onRows: (rows: BoardRows) => void,
      onError: (error: unknown) => void,
      onPage?: (rows: readonly Requirement[]) => void,
    ): () => void {
      return watchBoardRows(db, productId, onRows, onError, onPage);
    },

    /**
     * What the board's first screen needs, in one read transaction: the top
     * `perStage` cards of each of the given stages and every stage's count
     * (an index count, no rows read). The full board loads after it is painted.
     */
    listFirstScreen(productId: string, stageIds: readonly string[], perStage: number): Promise<FirstScreen> {
      return db.transaction('r', db.requirements, async () => {
        const parts = await Promise.all(
          stageIds.map(async (stageId) => {
            const query = stageQuery(productId, stageId);
            const [rows, count] = await Promise.all([query.clone().limit(perStage).toArray(), query.count()]);
            return { stageId, rows, count };
          }),
        );
        const counts: Record<string, number> = {};
        for (const part of parts) counts[part.stageId] = part.count;
        return { rows: parts.flatMap((part) => part.rows), counts };
      });
    },

    listRequirementEvents(id: string): Promise<CairnEvent[]> {
      return db.events.where('entityId').equals(id).sortBy('at');
    },
  };
}

export type RequirementRepository = ReturnType<typeof createRequirementRepository>;
