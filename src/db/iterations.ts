// Iterations (sprints): planning, start and close. Every write is one
// transaction with its Events; planning moves record iteration.planned /
// iteration.unplanned so the burndown can replay what joined or left.
import type { z } from 'zod/mini';
import { addDays } from '../domain/dates';
import { CairnWriteError } from '../domain/errors';
import { committedPoints } from '../domain/iterations/capacity';
import {
  carryOverPlan,
  completedPoints,
  NEW_ITERATION,
  splitByDone,
  type CarryOverChoice,
} from '../domain/iterations/carryOver';
import { iterationSchema, type Iteration } from '../domain/iterations/types';
import type { CairnEvent, Env, EventType, Requirement } from '../domain/types';
import type { CairnDatabase } from './database';
import { checkedRow } from './checkedRow';
import { eventsFor, checkVersion, assertFound, assertLive } from './writePath';
import type {
  IterationChange,
  IterationGuard,
  IterationPatch,
  IterationStatus,
  NewIteration,
  NextIteration,
  UnplannedRequirement,
} from './iterationTypes';
import { newIteration } from '../domain/rows/iteration';

export type {
  IterationChange,
  IterationGuard,
  IterationPatch,
  IterationStatus,
  NewIteration,
  NextIteration,
  UnplannedRequirement,
} from './iterationTypes';

const versionOf = ({ id, version }: Requirement): UnplannedRequirement => ({ id, version });

function checkIterationGuard(row: Iteration, guard: IterationGuard | undefined): void {
  checkVersion(row, guard, row.name, `${row.name} changed since`);
}

const PLAN_EVENTS: ReadonlySet<EventType> = new Set(['requirement.moved', 'iteration.planned', 'iteration.unplanned']);

function invalid(message: string): CairnWriteError {
  return new CairnWriteError('invalidInput', message);
}

function checked(row: unknown): Iteration {
  const iteration = checkedRow(iterationSchema as z.ZodMiniType<Iteration>, row);
  if (iteration.endDate < iteration.startDate) throw invalid('The end date is before the start date');
  return iteration;
}

export function createIterationRepository(db: CairnDatabase, env: Env) {
  const event = eventsFor(env);

  /** The live iteration; with `guard.ifVersion` (undo, redo) only if nobody changed it since. */
  async function mustGet(id: string, guard?: IterationGuard): Promise<Iteration> {
    const row = await db.iterations.get(id);
    assertLive(row, `Iteration ${id} does not exist`);
    checkIterationGuard(row, guard);
    return row;
  }

  async function liveIterations(productId: string): Promise<Iteration[]> {
    const rows = await db.iterations.where('productId').equals(productId).toArray();
    return rows
      .filter((i) => !i.deleted)
      .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.createdAt.localeCompare(b.createdAt));
  }

  async function iterationRequirements(iterationId: string): Promise<Requirement[]> {
    const rows = await db.requirements.where('iterationId').equals(iterationId).toArray();
    return rows.filter((r) => r.state !== 'deleted');
  }

  async function doneStageIds(productId: string): Promise<Set<string>> {
    const stages = await db.stages.where('productId').equals(productId).toArray();
    return new Set(stages.filter((s) => s.done).map((s) => s.id));
  }

  async function putIteration(
    row: Iteration,
    next: Partial<Iteration>,
    type: EventType,
    data: Record<string, unknown>,
  ): Promise<Iteration> {
    const saved = checked({ ...row, ...next, updatedAt: env.now(), version: row.version + 1 });
    await db.iterations.put(saved);
    await db.events.add(event(row.productId, row.id, type, data));
    return saved;
  }

  /** Writes one requirement's new iteration and its planned/unplanned event (inside a transaction); returns the row as written. */
  async function movePlan(requirement: Requirement, iterationId: string | null, reason?: string): Promise<Requirement> {
    const previousIterationId = requirement.iterationId;
    if (previousIterationId === iterationId) return requirement;
    const next: Requirement = { ...requirement, iterationId, updatedAt: env.now(), version: requirement.version + 1 };
    await db.requirements.put(next);
    const data: Record<string, unknown> = { iterationId, previousIterationId };
    if (reason) data.reason = reason;
    await db.events.add(
      event(
        requirement.productId,
        requirement.id,
        iterationId === null ? 'iteration.unplanned' : 'iteration.planned',
        data,
      ),
    );
    return next;
  }

  /** A new planned iteration and its event (inside a transaction). */
  async function insertIteration(productId: string, input: NewIteration): Promise<Iteration> {
    const product = await db.products.get(productId);
    assertLive(product, `Product ${productId} does not exist`);
    const row = checked(
      newIteration(env, {
        productId,
        name: input.name.trim(),
        goal: input.goal?.trim(),
        startDate: input.startDate,
        endDate: input.endDate,
        capacityUnit: input.capacityUnit,
        capacity: input.capacity,
        memberCapacity: input.memberCapacity,
      }),
    );
    await db.iterations.add(row);
    await db.events.add(event(productId, row.id, 'iteration.created', { name: row.name }));
    return row;
  }

  /** Soft-deletes a planned or closed iteration, its requirements back to the backlog (inside a transaction). */
  async function removeIteration(row: Iteration): Promise<IterationChange> {
    if (row.state === 'active') throw invalid('Close the iteration before deleting it');
    const movedOut: UnplannedRequirement[] = [];
    for (const requirement of await iterationRequirements(row.id))
      movedOut.push(versionOf(await movePlan(requirement, null, 'iterationDeleted')));
    return { iteration: await putIteration(row, { deleted: true }, 'iteration.deleted', { name: row.name }), movedOut };
  }

  /** The iteration a close creates, or (redo) the same one brought back. */
  async function nextOf(row: Iteration, next: NextIteration): Promise<Iteration> {
    if ('input' in next) return insertIteration(row.productId, next.input);
    const revived = await db.iterations.get(next.reviveId);
    assertFound(revived, `Iteration ${next.reviveId} does not exist`);
    checkIterationGuard(revived, next);
    return putIteration(revived, { deleted: false }, 'iteration.edited', { fields: ['deleted'], redo: true });
  }

  return {
    listIterations: liveIterations,
    getIteration: (id: string) => db.iterations.get(id),
    listIterationRequirements: iterationRequirements,

    /** The events the burndown replays: moves and plan changes from just before the iteration's start. */
    async listBurndownEvents(productId: string, startDate: string): Promise<CairnEvent[]> {
      // Two days early covers any time zone; the first event seen per requirement says where it stood before.
      const rows = await db.events
        .where('[productId+at]')
        .between([productId, addDays(startDate, -2)], [productId, '\uffff'], true, true)
        .toArray();
      return rows.filter((e) => PLAN_EVENTS.has(e.type));
    },

    async createIteration(productId: string, input: NewIteration): Promise<Iteration> {
      return db.transaction('rw', db.products, db.iterations, db.events, () => insertIteration(productId, input));
    },

    /** Only the fields given; null when nothing changed. */
    async updateIteration(id: string, patch: IterationPatch, guard?: IterationGuard): Promise<Iteration | null> {
      return db.transaction('rw', db.iterations, db.events, async () => {
        const row = await mustGet(id, guard);
        const next = { ...row, ...patch, name: (patch.name ?? row.name).trim(), goal: (patch.goal ?? row.goal).trim() };
        const changed = (Object.keys(patch) as (keyof IterationPatch)[]).filter(
          (key) => JSON.stringify(row[key]) !== JSON.stringify(next[key]),
        );
        if (changed.length === 0) return null;
        return putIteration(row, next, 'iteration.edited', { fields: changed });
      });
    },

    /** Soft-deletes a planned or closed iteration; its requirements go back to the backlog in the same write. */
    async deleteIteration(id: string, guard?: IterationGuard): Promise<IterationChange> {
      return db.transaction('rw', db.iterations, db.requirements, db.events, async () => {
        return removeIteration(await mustGet(id, guard));
      });
    },

    /**
     * Undoes a start, close or delete: the iteration gets `status` back, and
     * the requirements the action took out return to it, except any changed since.
     */
    async revertIteration(
      id: string,
      status: IterationStatus,
      movedOut: readonly UnplannedRequirement[],
      guard: IterationGuard,
      created?: { id: string; ifVersion: number },
    ): Promise<Iteration> {
      return db.transaction('rw', db.iterations, db.requirements, db.events, async () => {
        // Undo of a close that created the next iteration: the carried work goes back first, then the new one goes.
        const dropped = created ? await mustGet(created.id, created) : null;
        const row = await db.iterations.get(id);
        assertFound(row, `Iteration ${id} does not exist`);
        checkIterationGuard(row, guard);
        const rows = await db.requirements.bulkGet(movedOut.map((m) => m.id));
        for (const [i, requirement] of rows.entries()) {
          if (requirement && requirement.version === movedOut[i]?.version) await movePlan(requirement, id, 'undo');
        }
        // Only these fields, even when handed a whole row.
        const { state, committedPoints, completedPoints, startedAt, closedAt, deleted } = status;
        const next = { state, committedPoints, completedPoints, startedAt, closedAt, deleted };
        const reverted = await putIteration(row, next, 'iteration.edited', { fields: Object.keys(next), undo: true });
        if (dropped) await removeIteration((await db.iterations.get(dropped.id))!);
        return reverted;
      });
    },

    /**
     * Puts a requirement in an iteration (or back in the backlog with null); returns the row as written.
     * `expected` refuses (stale) when the requirement has been planned elsewhere since, or (undo, redo)
     * is no longer at `ifVersion`.
     */
    async planRequirement(
      requirementId: string,
      iterationId: string | null,
      expected?: { iterationId?: string | null; ifVersion?: number },
    ): Promise<Requirement> {
      return db.transaction('rw', db.iterations, db.requirements, db.events, async () => {
        const requirement = await db.requirements.get(requirementId);
        assertLive(requirement, `Requirement ${requirementId} does not exist`);
        const moved = expected?.iterationId !== undefined && requirement.iterationId !== expected.iterationId;
        if (moved)
          throw new CairnWriteError('stale', `${requirement.title} was changed since`, { title: requirement.title });
        checkVersion(requirement, expected, requirement.title, `${requirement.title} was changed since`);
        if (iterationId !== null) {
          const iteration = await mustGet(iterationId);
          if (iteration.productId !== requirement.productId) throw invalid('The iteration belongs to another product');
          if (iteration.state === 'closed') throw invalid('A closed iteration takes no more requirements');
        }
        return movePlan(requirement, iterationId);
      });
    },

    /**
     * Starts a planned iteration and records what it commits to. One active
     * iteration per product, unless the product allows parallel teams.
     */
    async startIteration(id: string, guard?: IterationGuard): Promise<Iteration> {
      return db.transaction('rw', [db.products, db.iterations, db.requirements, db.events], async () => {
        const row = await mustGet(id, guard);
        if (row.state !== 'planned') throw invalid('Only a planned iteration can start');
        const product = await db.products.get(row.productId);
        const active = (await liveIterations(row.productId)).find((i) => i.state === 'active');
        if (active && !product?.settings.parallelIterations) {
          throw new CairnWriteError(
            'invalidInput',
            `“${active.name}” is still active: close it first, or allow parallel iterations`,
            {
              name: active.name,
            },
          );
        }
        const committed = committedPoints(await iterationRequirements(id)).points;
        return putIteration(
          row,
          { state: 'active', committedPoints: committed, startedAt: env.now() },
          'iteration.started',
          {
            committedPoints: committed,
          },
        );
      });
    },

    /**
     * Closes an active iteration: records its completed points and moves every
     * unfinished requirement where `choices` says (an open iteration, or null
     * for the backlog), all in one transaction. Nothing is written if a choice is missing or wrong.
     */
    async closeIteration(
      id: string,
      choices: CarryOverChoice,
      guard?: IterationGuard,
      next?: NextIteration,
    ): Promise<IterationChange> {
      return db.transaction('rw', [db.products, db.stages, db.iterations, db.requirements, db.events], async () => {
        const row = await mustGet(id, guard);
        if (row.state !== 'active') throw invalid('Only an active iteration can close');
        const created = next ? await nextOf(row, next) : undefined;
        if (created)
          choices = Object.fromEntries(
            Object.entries(choices).map(([k, v]) => [k, v === NEW_ITERATION ? created.id : v]),
          );
        const done = await doneStageIds(row.productId);
        const rows = await iterationRequirements(id);
        const { unfinished } = splitByDone(rows, id, done);
        const plan = carryOverPlan(row, unfinished, choices, await liveIterations(row.productId));
        if (plan.problems.length > 0)
          throw invalid(`Carry-over: ${plan.problems.map((p) => `${p.kind} ${p.requirementId}`).join(', ')}`);
        const completed = completedPoints(rows, id, done);
        const byId = new Map(unfinished.map((r) => [r.id, r]));
        const movedOut: UnplannedRequirement[] = [];
        for (const move of plan.moves)
          movedOut.push(versionOf(await movePlan(byId.get(move.requirementId)!, move.toIterationId, 'carryOver')));
        const iteration = await putIteration(
          row,
          { state: 'closed', completedPoints: completed, closedAt: env.now() },
          'iteration.closed',
          {
            completedPoints: completed,
            committedPoints: row.committedPoints,
            carried: plan.moves.filter((m) => m.toIterationId !== null).length,
            toBacklog: plan.moves.filter((m) => m.toIterationId === null).length,
          },
        );
        return created ? { iteration, movedOut, created } : { iteration, movedOut };
      });
    },

    /** Whether the product may run several iterations at once (parallel teams). */
    async setParallelIterations(productId: string, allowed: boolean): Promise<void> {
      await db.transaction('rw', db.products, db.events, async () => {
        const product = await db.products.get(productId);
        assertLive(product, `Product ${productId} does not exist`);
        if (product.settings.parallelIterations === allowed) return;
        await db.products.put({
          ...product,
          settings: { ...product.settings, parallelIterations: allowed },
          updatedAt: env.now(),
          version: product.version + 1,
        });
        await db.events.add(event(productId, productId, 'product.settingsChanged', { parallelIterations: allowed }));
      });
    },
  };
}

export type IterationRepository = ReturnType<typeof createIterationRepository>;
