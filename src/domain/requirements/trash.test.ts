import { describe, expect, it } from 'vitest';
import { isPurgeable, purgeCutoff } from './trash';

describe('trash purge rule', () => {
  const now = '2026-03-31T12:00:00.000Z';
  const cutoff = purgeCutoff(now);

  it('purges only what has been in the trash more than 30 days', () => {
    expect(cutoff).toBe('2026-03-01T12:00:00.000Z');
    expect(isPurgeable({ state: 'deleted', updatedAt: '2026-03-01T11:59:59.000Z' }, cutoff)).toBe(true);
    expect(isPurgeable({ state: 'deleted', updatedAt: '2026-03-01T12:00:00.000Z' }, cutoff)).toBe(false);
    expect(isPurgeable({ state: 'deleted', updatedAt: '2026-03-30T00:00:00.000Z' }, cutoff)).toBe(false);
  });

  it('never purges archived or active requirements, however old', () => {
    expect(isPurgeable({ state: 'archived', updatedAt: '2020-01-01T00:00:00.000Z' }, cutoff)).toBe(false);
    expect(isPurgeable({ state: 'active', updatedAt: '2020-01-01T00:00:00.000Z' }, cutoff)).toBe(false);
  });
});
