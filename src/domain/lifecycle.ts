import { ranksAfter } from './ranking';
import { STAGE_KEYS, type DefaultStageKey, type Env, type Stage, isDoneByDefault } from './types';

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
  return STAGE_KEYS.map((key, i) => ({
    id: env.newId(),
    productId,
    key,
    name: null,
    color: DEFAULT_STAGE_COLORS[key],
    rank: ranks[i] as string,
    wipLimit: null,
    wipMode: 'warn',
    done: isDoneByDefault(key),
    deleted: false,
    createdAt: at,
    updatedAt: at,
    version: 1,
  }));
}
