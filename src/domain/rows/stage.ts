// New stages, and the lifecycle a new product starts with. Kept apart from
// lifecycle.ts (colours and keys, which the board loads at start-up): a module
// ships whole, and only the product form and the seeders create stages.
import { DEFAULT_STAGE_COLORS } from '../lifecycle';
import { ranksAfter } from '../ranking';
import { STAGE_KEYS, isDoneByDefault, type Env, type Stage } from '../types';
import { buildRow, type NewRow } from './stamp';

/** A stage starts with its gate off and empty. Fresh object each call. */
export function noGate(): Stage['gate'] {
  return { mode: 'off', items: [] };
}

/** A stage the PM adds has no lifecycle key; a lifecycle stage is done by default when its key says so. */
export function newStage(env: Env, fields: NewRow<Stage, 'productId' | 'color' | 'rank'>): Stage {
  const key = fields.key ?? null;
  return buildRow<Stage>(
    env,
    { key, name: null, wipLimit: null, wipMode: 'warn', done: isDoneByDefault(key), deleted: false, gate: noGate() },
    fields,
  );
}

/** The seven lifecycle stages a new product starts with, in order. */
export function defaultStages(productId: string, env: Env): Stage[] {
  const at = env.now();
  const ranks = ranksAfter(null, STAGE_KEYS.length);
  return STAGE_KEYS.map((key, i) =>
    newStage(env, { productId, key, color: DEFAULT_STAGE_COLORS[key], rank: ranks[i] as string, at }),
  );
}
