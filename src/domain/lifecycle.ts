import { STAGE_KEYS, type DefaultStageKey } from './types';

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
