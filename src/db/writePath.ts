// The shared steps of every write: the event it appends, the version check undo relies on,
// and the stage rules (WIP hard limit) that must hold whichever entry point adds cards to a stage.
import { checkWipForEntry } from '../domain/moves';
import type { CairnEvent, Env, EventType, Requirement, Stage } from '../domain/types';
import { CairnWriteError } from '../domain/errors';
import type Dexie from 'dexie';
import type { CairnDatabase } from './database';
import { BOARD_INDEX, stageRange } from './boardIndex';

/** One event row, stamped by the repository's clock and id maker; `at` when the write already took its time for the rows. */
export function newEvent(
  env: Env,
  productId: string,
  entityId: string,
  type: EventType,
  data: Record<string, unknown>,
  at: string = env.now(),
): CairnEvent {
  return { id: env.newId(), productId, entityId, type, at, data };
}

/** Refuses a replay (undo/redo) when the row was written since the version it saw. */
export function checkVersion(
  row: { version: number },
  guard: { ifVersion?: number } | undefined,
  label: string,
  message: string,
): void {
  if (guard?.ifVersion !== undefined && row.version !== guard.ifVersion) {
    throw new CairnWriteError('stale', message, { title: label });
  }
}

/** `newEvent` bound to a repository's `Env`, for repositories that write many kinds of event. */
export function eventsFor(
  env: Env,
): (productId: string, entityId: string, type: EventType, data: Record<string, unknown>, at?: string) => CairnEvent {
  return (productId, entityId, type, data, at) => newEvent(env, productId, entityId, type, data, at);
}

/** Throws `notFound` with `message` unless the row exists. */
export function assertFound<T>(row: T | undefined, message: string): asserts row is T {
  if (row === undefined) throw new CairnWriteError('notFound', message);
}

/** Throws `notFound` with `message` unless the row exists and is not deleted (a `deleted` flag, or a requirement's 'deleted' state). */
export function assertLive<T extends object>(row: T | undefined, message: string): asserts row is T {
  assertFound(row, message);
  if (('deleted' in row && row.deleted === true) || ('state' in row && row.state === 'deleted'))
    throw new CairnWriteError('notFound', message);
}

/**
 * Refuses `entering` more active cards into `stage` when a hard (block) WIP limit would be
 * passed. Call inside the write's transaction so another tab cannot slip past the limit.
 */
export async function assertStageRoom(db: CairnDatabase, stage: Stage, entering: number): Promise<void> {
  if (stage.wipLimit === null || entering <= 0) return;
  const count = await db.requirements
    .where(BOARD_INDEX)
    .between(...stageRange(stage.productId, 'active', stage.id), true, true)
    .count();
  const verdict = checkWipForEntry(stage, count + entering - 1, false);
  if (verdict.kind === 'block') {
    throw new CairnWriteError('wipBlocked', `Stage is at its WIP limit of ${verdict.limit}`, { limit: verdict.limit });
  }
}

/** The gate rules: not in the start-up bundle, loaded by the first write that meets a gate. */
type GateRules = typeof import('../domain/gates/evaluate');
let gateRules: GateRules | undefined;

/**
 * Inside a transaction: Dexie.waitFor keeps it (and any outer one) open while the module loads,
 * once. Reached through the database's class so this module does not load Dexie itself (tests
 * install fake-indexeddb before Dexie first loads).
 */
async function gateRulesInTransaction(db: CairnDatabase): Promise<GateRules> {
  gateRules ??= await (db.constructor as typeof Dexie).waitFor(import('../domain/gates/evaluate'));
  return gateRules;
}

/**
 * The gate of the stage a requirement leaves (`from` → `to`): refuses a strict gate's unmet items
 * with `gateBlocked` (nothing written), and returns a warn gate's, which the move event records
 * as `gateSkipped`. Call inside the write's transaction, with `db.products` in its scope.
 */
export async function passGate(
  db: CairnDatabase,
  row: Requirement,
  from: Stage | undefined,
  to: Stage,
): Promise<string[]> {
  if (!from || from.gate.mode === 'off' || from.gate.items.length === 0) return [];
  const rules = await gateRulesInTransaction(db);
  const product = await db.products.get(row.productId);
  return rules.passGateOrThrow(from, to, row, product?.settings.cardScore ?? 'none');
}
