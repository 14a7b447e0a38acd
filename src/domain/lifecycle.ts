import { ranksAfter } from './ranking';
import { newStage } from './rows/product';
import { STAGE_KEYS, type DefaultStageKey, type Env, type Stage } from './types';

export const DEFAULT_STAGE_COLORS: Record<DefaultStageKey, string> = {
  inbox: '#64748b',
  analysis: '#7c3aed',
  design: '#db2777',
  development: '#2563eb',
  testing: '#d97706',
  released: '#16a34a',
  review: '#0d9488',
};

export function isDefaultStageKey(key: string | null): key is DefaultStageKey {
  return key !== null && (STAGE_KEYS as readonly string[]).includes(key);
}

/** The seven lifecycle stages a new product starts with, in order. */
export function defaultStages(productId: string, env: Env): Stage[] {
  const at = env.now();
  const ranks = ranksAfter(null, STAGE_KEYS.length);
  return STAGE_KEYS.map((key, i) => newStage(env, { productId, key, color: DEFAULT_STAGE_COLORS[key], rank: ranks[i] as string, at }));
}
