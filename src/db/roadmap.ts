// Lanes and initiatives: every write is one transaction with its Event.
import { CairnWriteError } from '../domain/errors';
import { compareRanks, rankAtIndex, ranksAfter } from '../domain/ranking';
import { normaliseSchedule, scheduleProblem, type Schedule } from '../domain/roadmap/schedule';
import {
  initiativeSchema,
  laneSchema,
  type Horizon,
  type Initiative,
  type InitiativeStatus,
  type Lane,
} from '../domain/roadmap/types';
import type { Env, EventType, Requirement } from '../domain/types';
import type { CairnDatabase } from './database';
import { checkedRow } from './checkedRow';
import { checkGuard, type WriteGuard } from './requirements';
import { eventsFor, checkVersion, assertFound, assertLive } from './writePath';
import { newInitiative, newLane } from '../domain/rows/roadmap';

export interface NewInitiative {
  title: string;
  laneId: string;
  start: string | null;
  end: string | null;
  horizon: Horizon | null;
  milestone?: boolean;
  description?: string;
  status?: InitiativeStatus;
  ownerId?: string | null;
  color?: string | null;
  /** Requirements to link in the same transaction (the editor's picker before the first save). */
  requirementIds?: string[];
}

export type InitiativePatch = Partial<
  Omit<NewInitiative, 'laneId' | 'requirementIds'> & { laneId: string; rank: string }
>;

/** An initiative a lane's deletion moved out: the lane it was in and the version the move left. */
export interface MovedInitiative {
  id: string;
  laneId: string;
  version: number;
}

export interface LanePatch {
  name?: string;
  color?: string;
}

function bySavedOrder<T extends { rank: string; id: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id));
}

function invalid(message: string): CairnWriteError {
  return new CairnWriteError('invalidInput', message);
}

const SCHEDULE_MESSAGES = {
  datesPaired: 'An initiative has both a start and an end date, or neither',
  endBeforeStart: 'The end date is before the start date',
  milestoneNeedsDate: 'A milestone needs a date',
  horizonNeeded: 'An initiative without dates needs a horizon (Now, Next or Later)',
} as const;

function checkedSchedule(schedule: Schedule): Schedule {
  const normal = normaliseSchedule(schedule);
  const problem = scheduleProblem(normal);
  if (problem) throw invalid(SCHEDULE_MESSAGES[problem]);
  return normal;
}

export function createRoadmapRepository(db: CairnDatabase, env: Env) {
  const event = eventsFor(env);

  async function liveLanes(productId: string): Promise<Lane[]> {
    const rows = await db.lanes.where('productId').equals(productId).toArray();
    return bySavedOrder(rows.filter((l) => !l.deleted));
  }

  async function liveInitiatives(productId: string): Promise<Initiative[]> {
    const rows = await db.initiatives.where('productId').equals(productId).toArray();
    return bySavedOrder(rows.filter((i) => !i.deleted));
  }

  async function mustGetLane(id: string, productId?: string, guard?: { ifVersion?: number }): Promise<Lane> {
    const lane = await db.lanes.get(id);
    if (!lane || lane.deleted || (productId !== undefined && lane.productId !== productId)) {
      throw new CairnWriteError('notFound', `Lane ${id} does not exist in this product`);
    }
    checkVersion(lane, guard, lane.name, `Lane ${id} changed since`);
    return lane;
  }

  async function mustGetInitiative(id: string, guard?: { ifVersion?: number }): Promise<Initiative> {
    const row = await db.initiatives.get(id);
    assertLive(row, `Initiative ${id} does not exist`);
    checkVersion(row, guard, row.title, `Initiative ${id} changed since`);
    return row;
  }

  async function mustGetRequirement(id: string): Promise<Requirement> {
    const row = await db.requirements.get(id);
    assertLive(row, `Requirement ${id} does not exist`);
    return row;
  }

  /** Writes a changed initiative and its event; returns the row as saved. */
  async function putInitiative(
    row: Initiative,
    next: Partial<Initiative>,
    type: EventType,
    data: Record<string, unknown>,
  ): Promise<Initiative> {
    const saved = checkedRow(initiativeSchema, { ...row, ...next, updatedAt: env.now(), version: row.version + 1 });
    await db.initiatives.put(saved);
    await db.events.add(event(row.productId, row.id, type, data));
    return saved;
  }

  return {
    listLanes: liveLanes,
    listInitiatives: liveInitiatives,
    getInitiative: (id: string) => db.initiatives.get(id),

    /** Requirements (not in the trash) linked to any of `initiativeIds`, read from the initiativeId index. */
    async listLinkedRequirements(initiativeIds: readonly string[]): Promise<Requirement[]> {
      if (initiativeIds.length === 0) return [];
      const rows = await db.requirements
        .where('initiativeId')
        .anyOf([...initiativeIds])
        .toArray();
      return rows.filter((r) => r.state !== 'deleted');
    },

    // --- lanes -------------------------------------------------------------

    async createLane(productId: string, name: string, color: string): Promise<Lane> {
      return db.transaction('rw', db.lanes, db.events, async () => {
        const lanes = await liveLanes(productId);
        const lane = checkedRow(
          laneSchema,
          newLane(env, {
            productId,
            name: name.trim(),
            color,
            rank: ranksAfter(lanes.at(-1)?.rank ?? null, 1)[0] as string,
          }),
        );
        await db.lanes.add(lane);
        await db.events.add(event(productId, lane.id, 'lane.created', { name: lane.name }));
        return lane;
      });
    },

    /** Rename and recolour. `guard.ifVersion` (undo, redo): only if nobody changed it since. */
    async updateLane(id: string, patch: LanePatch, guard?: { ifVersion?: number }): Promise<Lane> {
      return db.transaction('rw', db.lanes, db.events, async () => {
        const lane = await mustGetLane(id, undefined, guard);
        const next = checkedRow(laneSchema, {
          ...lane,
          ...patch,
          name: (patch.name ?? lane.name).trim(),
          updatedAt: env.now(),
          version: lane.version + 1,
        });
        await db.lanes.put(next);
        await db.events.add(event(lane.productId, id, 'lane.edited', { fields: Object.keys(patch) }));
        return next;
      });
    },

    /** Puts a lane at `index` among the others; writes only that lane. */
    async moveLane(id: string, index: number, guard?: { ifVersion?: number }): Promise<Lane> {
      return db.transaction('rw', db.lanes, db.events, async () => {
        const lane = await mustGetLane(id, undefined, guard);
        const others = (await liveLanes(lane.productId)).filter((l) => l.id !== id);
        const rank = rankAtIndex(
          others.map((l) => l.rank),
          index,
        );
        const moved = { ...lane, rank, updatedAt: env.now(), version: lane.version + 1 };
        await db.lanes.put(moved);
        await db.events.add(event(lane.productId, id, 'lane.moved', { index }));
        return moved;
      });
    },

    /**
     * Soft-deletes a lane. Its initiatives need `moveTo`, another lane of the
     * product, in the same transaction; `moved` says where each was, for undo.
     */
    async deleteLane(
      id: string,
      moveTo: string | null,
      guard?: { ifVersion?: number },
    ): Promise<{ lane: Lane; moved: MovedInitiative[] }> {
      return db.transaction('rw', db.lanes, db.initiatives, db.events, async () => {
        const lane = await mustGetLane(id, undefined, guard);
        const held = (await db.initiatives.where('laneId').equals(id).toArray()).filter((i) => !i.deleted);
        const moved: MovedInitiative[] = [];
        if (held.length > 0) {
          if (moveTo === null || moveTo === id) throw invalid('Choose the lane its initiatives move to');
          await mustGetLane(moveTo, lane.productId);
          const at = env.now();
          const rows = held.map((i) => ({ ...i, laneId: moveTo, updatedAt: at, version: i.version + 1 }));
          await db.initiatives.bulkPut(rows);
          await db.events.bulkAdd(
            held.map((i) =>
              event(i.productId, i.id, 'initiative.moved', { fromLaneId: id, toLaneId: moveTo, reason: 'laneDeleted' }),
            ),
          );
          moved.push(...rows.map((row) => ({ id: row.id, laneId: id, version: row.version })));
        }
        const deleted = { ...lane, deleted: true, updatedAt: env.now(), version: lane.version + 1 };
        await db.lanes.put(deleted);
        await db.events.add(event(lane.productId, id, 'lane.deleted', { movedTo: moveTo, moved: held.length }));
        return { lane: deleted, moved };
      });
    },

    /**
     * Brings a deleted lane back (undo of a delete, redo of an add), and puts
     * back in it the initiatives its deletion moved out, except any changed since.
     */
    async restoreLane(id: string, moved: readonly MovedInitiative[], guard?: { ifVersion?: number }): Promise<Lane> {
      return db.transaction('rw', db.lanes, db.initiatives, db.events, async () => {
        const lane = await db.lanes.get(id);
        assertFound(lane, `Lane ${id} does not exist`);
        checkVersion(lane, guard, lane.name, `Lane ${id} changed since`);
        if (!lane.deleted) return lane;
        const restored = { ...lane, deleted: false, updatedAt: env.now(), version: lane.version + 1 };
        await db.lanes.put(restored);
        await db.events.add(event(lane.productId, id, 'lane.edited', { fields: ['deleted'] }));
        const rows = await db.initiatives.bulkGet(moved.map((m) => m.id));
        for (const [i, row] of rows.entries()) {
          const before = moved[i];
          if (!row || !before || row.version !== before.version) continue;
          await putInitiative(row, { laneId: before.laneId }, 'initiative.moved', {
            fromLaneId: row.laneId,
            toLaneId: before.laneId,
            reason: 'undo',
          });
        }
        return restored;
      });
    },

    // --- initiatives -------------------------------------------------------

    /** Adds an initiative at the end of the product's order. */
    async createInitiative(productId: string, input: NewInitiative): Promise<Initiative> {
      const schedule = checkedSchedule({
        start: input.start,
        end: input.end,
        horizon: input.horizon,
        milestone: input.milestone ?? false,
      });
      return db.transaction('rw', [db.lanes, db.initiatives, db.requirements, db.events], async () => {
        await mustGetLane(input.laneId, productId);
        const all = await liveInitiatives(productId);
        const row = checkedRow(
          initiativeSchema,
          newInitiative(env, {
            productId,
            title: input.title.trim(),
            description: input.description,
            laneId: input.laneId,
            ...schedule,
            status: input.status,
            ownerId: input.ownerId,
            color: input.color,
            rank: ranksAfter(all.at(-1)?.rank ?? null, 1)[0] as string,
          }),
        );
        await db.initiatives.add(row);
        await db.events.add(event(productId, row.id, 'initiative.created', { title: row.title, laneId: row.laneId }));
        for (const requirementId of input.requirementIds ?? []) {
          const requirement = await mustGetRequirement(requirementId);
          if (requirement.productId !== productId) throw invalid('The requirement belongs to another product');
          await db.requirements.put({
            ...requirement,
            initiativeId: row.id,
            updatedAt: row.createdAt,
            version: requirement.version + 1,
          });
          await db.events.add(
            event(productId, row.id, 'initiative.linked', {
              requirementId,
              previousInitiativeId: requirement.initiativeId,
            }),
          );
        }
        return row;
      });
    },

    /** The editor's save: only the fields given; the schedule rules are checked on the result. */
    /** `guard.ifVersion`: write only if nobody changed it since (undo/redo). */
    async updateInitiative(
      id: string,
      patch: InitiativePatch,
      guard?: { ifVersion?: number },
    ): Promise<Initiative | null> {
      return db.transaction('rw', db.lanes, db.initiatives, db.events, async () => {
        const row = await mustGetInitiative(id, guard);
        if (patch.laneId !== undefined && patch.laneId !== row.laneId) await mustGetLane(patch.laneId, row.productId);
        const merged = { ...row, ...patch, title: (patch.title ?? row.title).trim() };
        const schedule = checkedSchedule({
          start: merged.start,
          end: merged.end,
          horizon: merged.horizon,
          milestone: merged.milestone,
        });
        const next = { ...merged, ...schedule };
        const changed = (Object.keys(next) as (keyof Initiative)[]).filter(
          (key) => JSON.stringify(row[key]) !== JSON.stringify(next[key]),
        );
        if (changed.length === 0) return null;
        return putInitiative(row, next, 'initiative.edited', { fields: changed });
      });
    },

    /** A drag on the timeline: new dates and, optionally, another lane, in one write. */
    async moveInitiative(id: string, to: { start: string; end: string; laneId?: string }): Promise<Initiative> {
      return db.transaction('rw', db.lanes, db.initiatives, db.events, async () => {
        const row = await mustGetInitiative(id);
        const laneId = to.laneId ?? row.laneId;
        if (laneId !== row.laneId) await mustGetLane(laneId, row.productId);
        const schedule = checkedSchedule({ start: to.start, end: to.end, horizon: null, milestone: row.milestone });
        return putInitiative(row, { ...schedule, laneId }, 'initiative.moved', {
          from: { start: row.start, end: row.end, laneId: row.laneId },
          to: { start: schedule.start, end: schedule.end, laneId },
        });
      });
    },

    /**
     * A move on Now / Next / Later: the horizon and the place in the column (`rank`).
     * A dated initiative follows its dates, so it only changes horizon when
     * `clearDates` drops its dates (and its milestone flag) in the same write.
     */
    async setHorizon(
      id: string,
      horizon: Horizon,
      rank: string,
      options: { clearDates?: boolean } = {},
    ): Promise<Initiative> {
      return db.transaction('rw', db.initiatives, db.events, async () => {
        const row = await mustGetInitiative(id);
        const dated = row.start !== null;
        if (dated && !options.clearDates) {
          // Reordering inside its own column is fine; only the rank changes.
          return putInitiative(row, { rank }, 'initiative.moved', { fromRank: row.rank, toRank: rank });
        }
        return putInitiative(row, { horizon, rank, start: null, end: null, milestone: false }, 'initiative.moved', {
          from: { horizon: row.horizon, start: row.start, end: row.end },
          to: { horizon },
          fromRank: row.rank,
          toRank: rank,
        });
      });
    },

    /** `guard.ifVersion` (undo, redo): only if nobody changed it since. */
    async deleteInitiative(id: string, guard?: { ifVersion?: number }): Promise<Initiative> {
      return db.transaction('rw', db.initiatives, db.events, async () => {
        const row = await mustGetInitiative(id, guard);
        // Links stay on the requirements, so restoring brings the initiative back whole.
        return putInitiative(row, { deleted: true }, 'initiative.deleted', { title: row.title });
      });
    },

    async restoreInitiative(id: string, guard?: { ifVersion?: number }): Promise<Initiative> {
      return db.transaction('rw', db.initiatives, db.events, async () => {
        const row = await db.initiatives.get(id);
        assertFound(row, `Initiative ${id} does not exist`);
        checkVersion(row, guard, row.title, `Initiative ${id} changed since`);
        if (!row.deleted) return row;
        return putInitiative(row, { deleted: false }, 'initiative.edited', { fields: ['deleted'] });
      });
    },

    /** Links a requirement to an initiative (from either side); a requirement belongs to one initiative at most. */
    async linkRequirement(initiativeId: string, requirementId: string, guard?: WriteGuard): Promise<Requirement> {
      return db.transaction('rw', db.initiatives, db.requirements, db.events, async () => {
        const initiative = await mustGetInitiative(initiativeId);
        const requirement = await mustGetRequirement(requirementId);
        checkGuard(requirement, guard);
        if (requirement.productId !== initiative.productId) throw invalid('The requirement belongs to another product');
        if (requirement.initiativeId === initiativeId) return requirement;
        const linked: Requirement = {
          ...requirement,
          initiativeId,
          updatedAt: env.now(),
          version: requirement.version + 1,
        };
        await db.requirements.put(linked);
        await db.events.add(
          event(initiative.productId, initiativeId, 'initiative.linked', {
            requirementId,
            previousInitiativeId: requirement.initiativeId,
          }),
        );
        return linked;
      });
    },

    /** `guard.ifVersion` (undo, redo): only while the requirement is at that version. */
    async unlinkRequirement(requirementId: string, guard?: WriteGuard): Promise<Requirement> {
      return db.transaction('rw', db.requirements, db.events, async () => {
        const requirement = await mustGetRequirement(requirementId);
        checkGuard(requirement, guard);
        if (requirement.initiativeId === null) return requirement;
        const unlinked: Requirement = {
          ...requirement,
          initiativeId: null,
          updatedAt: env.now(),
          version: requirement.version + 1,
        };
        await db.requirements.put(unlinked);
        await db.events.add(
          event(requirement.productId, requirement.initiativeId, 'initiative.unlinked', { requirementId }),
        );
        return unlinked;
      });
    },
  };
}

export type RoadmapRepository = ReturnType<typeof createRoadmapRepository>;
