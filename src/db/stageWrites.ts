// Adding, editing, reordering and deleting stages (Settings → Stages). Loaded on
// demand through stagesAccess.ts: the board only reads stages.
import { rankAtIndex, ranksAfter, compareRanks } from '../domain/ranking';
import { stageGateSchema, type Env, type Stage } from '../domain/types';
import { checkedRow } from './checkedRow';
import type { CairnDatabase } from './database';
import { CairnWriteError } from '../domain/errors';
import { BOARD_INDEX, stageRange } from './boardIndex';
import { listLiveStages, type MovedRequirement, type StageDeletion, type StageGuard, type StagePatch } from './stages';
import { checkVersion, eventsFor, assertFound, assertLive } from './writePath';
import { newStage } from '../domain/rows/stage';
import { requirementsOfProduct } from './boardIndex';

export function createStageWriteRepository(db: CairnDatabase, env: Env) {
  const event = eventsFor(env);

  const liveStages = (productId: string) => listLiveStages(db, productId);

  async function mustGet(id: string, guard?: StageGuard): Promise<Stage> {
    const stage = await db.stages.get(id);
    assertLive(stage, `Stage ${id} does not exist`);
    checkVersion(stage, guard, stage.name ?? stage.key ?? '', `Stage ${id} changed since`);
    return stage;
  }

  return {
    async addStage(productId: string, name: string, color: string): Promise<Stage> {
      const trimmed = name.trim();
      if (!trimmed) throw new CairnWriteError('invalidInput', 'A stage needs a name');
      return db.transaction('rw', db.stages, db.events, async () => {
        const stages = await liveStages(productId);
        const stage = newStage(env, {
          productId,
          name: trimmed,
          color,
          rank: ranksAfter(stages.at(-1)?.rank ?? null, 1)[0] as string,
        });
        await db.stages.add(stage);
        await db.events.add(event(productId, stage.id, 'stage.created', { name: trimmed }));
        return stage;
      });
    },

    async updateStage(id: string, patch: StagePatch, guard?: StageGuard): Promise<Stage> {
      if (patch.name !== undefined && patch.name !== null && patch.name.trim() === '') {
        throw new CairnWriteError('invalidInput', 'A stage needs a name');
      }
      if (
        patch.wipLimit !== undefined &&
        patch.wipLimit !== null &&
        !(Number.isInteger(patch.wipLimit) && patch.wipLimit > 0)
      ) {
        throw new CairnWriteError('invalidInput', 'A WIP limit is a whole number above zero');
      }
      if (patch.color !== undefined && !/^#[0-9a-fA-F]{6}$/.test(patch.color)) {
        throw new CairnWriteError('invalidInput', 'A colour is written as #rrggbb');
      }
      if (patch.gate !== undefined) checkedRow(stageGateSchema, patch.gate, 'gate');
      return db.transaction('rw', db.stages, db.events, async () => {
        const stage = await mustGet(id, guard);
        // Kept exactly as typed (beyond trimming), never translated.
        const name = patch.name === undefined ? stage.name : patch.name === null ? null : patch.name.trim();
        const saved: Stage = { ...stage, ...patch, name, updatedAt: env.now(), version: stage.version + 1 };
        await db.stages.put(saved);
        await db.events.add(event(stage.productId, id, 'stage.edited', { fields: Object.keys(patch) }));
        return saved;
      });
    },

    /** Puts a stage at `index` among the others; writes only that stage. */
    async moveStage(id: string, index: number, guard?: StageGuard): Promise<Stage> {
      return db.transaction('rw', db.stages, db.events, async () => {
        const stage = await mustGet(id, guard);
        const others = (await liveStages(stage.productId)).filter((s) => s.id !== id);
        const rank = rankAtIndex(
          others.map((s) => s.rank),
          index,
        );
        const moved: Stage = { ...stage, rank, updatedAt: env.now(), version: stage.version + 1 };
        await db.stages.put(moved);
        await db.events.add(event(stage.productId, id, 'stage.moved', { index }));
        return moved;
      });
    },

    /**
     * Soft-deletes a stage. A stage that still holds requirements (active or
     * archived) needs `moveTo`: they are appended to that stage, in order.
     */
    async deleteStage(id: string, moveTo: string | null, guard?: StageGuard): Promise<StageDeletion> {
      return db.transaction('rw', db.stages, db.requirements, db.events, async () => {
        const stage = await mustGet(id, guard);
        const stages = await liveStages(stage.productId);
        if (stages.length <= 1) throw new CairnWriteError('lastStage', 'A product keeps at least one stage');
        const held = (await requirementsOfProduct(db, stage.productId).toArray())
          .filter((r) => r.stageId === id && r.state !== 'deleted')
          .sort((a, b) => compareRanks(a.rank, b.rank));
        if (held.length > 0) {
          if (moveTo === null || moveTo === id) {
            throw new CairnWriteError('stageHasRequirements', 'Choose where its requirements go', {
              count: held.length,
            });
          }
          const target = await mustGet(moveTo);
          const [lower, upper] = stageRange(stage.productId, 'active', target.id);
          const last = await db.requirements.where(BOARD_INDEX).between(lower, upper, true, true).last();
          const ranks = ranksAfter(last?.rank ?? null, held.length);
          const at = env.now();
          await db.requirements.bulkPut(
            held.map((r, i) => ({
              ...r,
              stageId: target.id,
              rank: ranks[i] as string,
              updatedAt: at,
              version: r.version + 1,
            })),
          );
          await db.events.bulkAdd(
            held.map((r, i) =>
              event(r.productId, r.id, 'requirement.moved', {
                fromStageId: id,
                toStageId: target.id,
                fromRank: r.rank,
                toRank: ranks[i],
                reason: 'stageDeleted',
              }),
            ),
          );
        }
        const deleted: Stage = { ...stage, deleted: true, updatedAt: env.now(), version: stage.version + 1 };
        await db.stages.put(deleted);
        await db.events.add(event(stage.productId, id, 'stage.deleted', { movedTo: moveTo, moved: held.length }));
        return {
          stage: deleted,
          moved: held.map((r) => ({ id: r.id, stageId: r.stageId, rank: r.rank, version: r.version + 1 })),
        };
      });
    },

    /**
     * Undoes a deletion: the stage comes back where it was, and the requirements
     * its deletion moved go back to their places, except any changed since.
     */
    async restoreStage(id: string, moved: readonly MovedRequirement[], guard?: StageGuard): Promise<Stage> {
      return db.transaction('rw', db.stages, db.requirements, db.events, async () => {
        const stage = await db.stages.get(id);
        assertFound(stage, `Stage ${id} does not exist`);
        checkVersion(stage, guard, stage.name ?? stage.key ?? '', `Stage ${id} changed since`);
        if (!stage.deleted) return stage;
        const restored: Stage = { ...stage, deleted: false, updatedAt: env.now(), version: stage.version + 1 };
        await db.stages.put(restored);
        await db.events.add(event(stage.productId, id, 'stage.edited', { fields: ['deleted'] }));
        const rows = await db.requirements.bulkGet(moved.map((m) => m.id));
        const at = env.now();
        for (const [i, row] of rows.entries()) {
          const before = moved[i];
          if (!row || !before || row.version !== before.version) continue;
          await db.requirements.put({
            ...row,
            stageId: before.stageId,
            rank: before.rank,
            updatedAt: at,
            version: row.version + 1,
          });
          await db.events.add(
            event(row.productId, row.id, 'requirement.moved', {
              fromStageId: row.stageId,
              toStageId: before.stageId,
              fromRank: row.rank,
              toRank: before.rank,
              reason: 'undo',
            }),
          );
        }
        return restored;
      });
    },
  };
}

export type StageWriteRepository = ReturnType<typeof createStageWriteRepository>;
