// Bulk actions on requirements (the table's multi-select): each is one
// transaction that writes every row and one event per row, or nothing at all.
// Kept apart from requirements.ts so the board's start-up bundle does not carry it.
import { assertStageRoom, checkVersion, newEvent, assertFound, passGate } from './writePath';
import { ranksBefore } from '../domain/ranking';
import { CairnWriteError } from '../domain/errors';
import {
  PRIORITIES,
  requirementSchema,
  type CairnEvent,
  type Env,
  type EventType,
  type Priority,
  type Requirement,
  type Stage,
} from '../domain/types';
import type { CairnDatabase } from './database';
import { checkedRow } from './checkedRow';
import { BOARD_INDEX, stageRange } from './boardIndex';

export type BulkChange =
  | { kind: 'move'; stageId: string }
  | { kind: 'owner'; ownerId: string | null }
  | { kind: 'priority'; priority: Priority }
  | { kind: 'addTag'; tag: string }
  | { kind: 'archive' }
  | { kind: 'delete' };

/** The rows as they were and as written; rows the change did not alter are left out of both. */
export interface BulkResult {
  before: Requirement[];
  after: Requirement[];
}

/** The rows a change writes, and for a move the gate items each row skipped (warn gates). */
interface Planned {
  rows: Requirement[];
  gateSkipped: ReadonlyMap<string, string[]>;
}

/** The event that says how `before` became `after`. */
function describeChange(before: Requirement, after: Requirement): { type: EventType; data: Record<string, unknown> } {
  if (before.state !== after.state) {
    const type =
      after.state === 'archived'
        ? 'requirement.archived'
        : after.state === 'deleted'
          ? 'requirement.deleted'
          : 'requirement.restored';
    return { type, data: { from: before.state, to: after.state } };
  }
  if (before.stageId !== after.stageId || before.rank !== after.rank) {
    return {
      type: 'requirement.moved',
      data: { fromStageId: before.stageId, toStageId: after.stageId, fromRank: before.rank, toRank: after.rank },
    };
  }
  const fields = (Object.keys(after) as (keyof Requirement)[]).filter(
    (key) => key !== 'updatedAt' && key !== 'version' && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return { type: 'requirement.edited', data: { fields } };
}

function checkChange(change: BulkChange): BulkChange {
  if (change.kind === 'priority' && !PRIORITIES.includes(change.priority)) {
    throw new CairnWriteError('invalidInput', `Unknown priority ${String(change.priority)}`);
  }
  if (change.kind === 'addTag') {
    const tag = change.tag.trim();
    if (tag === '' || tag.length > 50) throw new CairnWriteError('invalidInput', 'A tag needs 1 to 50 characters');
    return { kind: 'addTag', tag };
  }
  return change;
}

export function createBulkRequirementRepository(db: CairnDatabase, env: Env) {
  async function mustGetAll(ids: readonly string[]): Promise<Requirement[]> {
    const rows = await db.requirements.bulkGet([...ids]);
    return rows.map((row, i) => {
      assertFound(row, `Requirement ${ids[i]} does not exist`);
      return row;
    });
  }

  /** Validates and writes the changed rows with their events; throws (so the transaction rolls back) on any bad row. */
  async function writeAll(
    pairs: { before: Requirement; after: Requirement }[],
    gateSkipped: ReadonlyMap<string, string[]> = new Map(),
  ): Promise<BulkResult> {
    const at = env.now();
    const written = pairs.map(({ before, after }) => {
      const next: Requirement = { ...after, updatedAt: at, version: before.version + 1 };
      checkedRow(requirementSchema, next, before.title);
      return { before, after: next };
    });
    const events: CairnEvent[] = written.map(({ before, after }) => {
      const { type, data } = describeChange(before, after);
      const skipped = gateSkipped.get(before.id);
      return newEvent(env, before.productId, before.id, type, skipped ? { ...data, gateSkipped: skipped } : data, at);
    });
    await db.requirements.bulkPut(written.map((w) => w.after));
    await db.events.bulkAdd(events);
    return { before: written.map((w) => w.before), after: written.map((w) => w.after) };
  }

  /** Each moving row passes the gate of the stage it leaves; one strict refusal aborts the whole move. */
  async function gatesOf(moving: Requirement[], target: Stage): Promise<Map<string, string[]>> {
    const skipped = new Map<string, string[]>();
    for (const row of moving) {
      if (row.stageId === target.id) continue;
      const missing = await passGate(db, row, await db.stages.get(row.stageId), target);
      if (missing.length > 0) skipped.set(row.id, missing);
    }
    return skipped;
  }

  async function planMove(rows: Requirement[], stageId: string): Promise<Planned> {
    const productId = rows[0]?.productId;
    const target = await db.stages.get(stageId);
    if (!target || target.deleted || target.productId !== productId) {
      throw new CairnWriteError('notFound', `Stage ${stageId} does not exist in this product`);
    }
    const moving = rows.filter((r) => r.stageId !== stageId || r.state !== 'active');
    if (moving.length === 0) return { rows: [], gateSkipped: new Map() };
    const [lower, upper] = stageRange(productId, 'active', stageId);
    const inStage = db.requirements.where(BOARD_INDEX).between(lower, upper, true, true);
    await assertStageRoom(db, target, moving.length);
    const gateSkipped = await gatesOf(moving, target);
    // At the top of the stage, in the order they were selected, where the PM will look for them.
    const first = await inStage.first();
    const ranks = ranksBefore(first?.rank ?? null, moving.length);
    return { rows: moving.map((r, i) => ({ ...r, stageId, rank: ranks[i] ?? r.rank })), gateSkipped };
  }

  function planEdit(rows: Requirement[], change: Exclude<BulkChange, { kind: 'move' }>): Requirement[] {
    const changed: Requirement[] = [];
    for (const r of rows) {
      let next: Requirement = r;
      if (change.kind === 'owner' && r.ownerId !== change.ownerId) next = { ...r, ownerId: change.ownerId };
      if (change.kind === 'priority' && r.priority !== change.priority) next = { ...r, priority: change.priority };
      if (change.kind === 'addTag' && !r.tags.includes(change.tag)) next = { ...r, tags: [...r.tags, change.tag] };
      if (change.kind === 'archive' && r.state !== 'archived') next = { ...r, state: 'archived' };
      if (change.kind === 'delete' && r.state !== 'deleted') next = { ...r, state: 'deleted' };
      if (next !== r) changed.push(next);
    }
    return changed;
  }

  return {
    /** A product's archived requirements, by stage and rank (the "archived" filter). */
    listArchived(productId: string): Promise<Requirement[]> {
      const [lower, upper] = stageRange(productId, 'archived');
      return db.requirements.where(BOARD_INDEX).between(lower, upper, true, true).toArray();
    },

    /**
     * Applies one change to many requirements of one product in one transaction,
     * one event per changed row. Any missing row, foreign row, stage or WIP
     * refusal aborts the whole change.
     */
    async bulkUpdate(ids: readonly string[], input: BulkChange): Promise<BulkResult> {
      const change = checkChange(input);
      if (ids.length === 0) return { before: [], after: [] };
      return db.transaction('rw', db.requirements, db.events, db.stages, db.products, async () => {
        const rows = await mustGetAll(ids);
        const productId = rows[0]?.productId;
        if (rows.some((r) => r.productId !== productId))
          throw new CairnWriteError('invalidInput', 'Requirements of different products');
        const planned: Planned =
          change.kind === 'move'
            ? await planMove(rows, change.stageId)
            : { rows: planEdit(rows, change), gateSkipped: new Map() };
        const byId = new Map(rows.map((r) => [r.id, r]));
        return writeAll(
          planned.rows.map((after) => ({ before: byId.get(after.id) as Requirement, after })),
          planned.gateSkipped,
        );
      });
    },

    /**
     * Writes rows back as `targets` say (undo and redo of a bulk change), only if
     * each is still at the version the change left it at: never over a newer change.
     */
    async bulkRestore(
      targets: readonly Requirement[],
      expectedVersions: Readonly<Record<string, number>>,
    ): Promise<BulkResult> {
      return db.transaction('rw', db.requirements, db.events, async () => {
        const rows = await mustGetAll(targets.map((t) => t.id));
        rows.forEach((row) => {
          checkVersion(
            row,
            { ifVersion: expectedVersions[row.id] ?? -1 },
            row.title,
            `${row.title} changed since (version ${row.version})`,
          );
        });
        return writeAll(rows.map((before, i) => ({ before, after: targets[i] as Requirement })));
      });
    },
  };
}

export type BulkRequirementRepository = ReturnType<typeof createBulkRequirementRepository>;
