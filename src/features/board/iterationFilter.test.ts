import { describe, expect, it } from 'vitest';
import { makeRequirement } from '../../domain/iterations/testRows';
import { anyPlanned, filterByIterations } from './iterationFilter';

describe('active iteration filter', () => {
  const byId = new Map(
    [
      makeRequirement({ id: 'a', iterationId: 'now' }),
      makeRequirement({ id: 'b', iterationId: 'later' }),
      makeRequirement({ id: 'c' }),
    ].map((r) => [r.id, r]),
  );
  const columns = { s1: ['a', 'b'], s2: ['c'] };

  it('keeps only requirements of the given iterations, and everything when off', () => {
    expect(filterByIterations(columns, byId, ['now'])).toEqual({ s1: ['a'], s2: [] });
    expect(filterByIterations(columns, byId, null)).toBe(columns);
  });

  it('knows whether any card is planned', () => {
    expect(anyPlanned(byId)).toBe(true);
    expect(anyPlanned(new Map([['c', byId.get('c')!]]))).toBe(false);
  });
});
