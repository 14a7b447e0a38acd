import { describe, expect, it } from 'vitest';
import { makeRequirement } from '../../domain/roadmap/testing';
import { filterColumnIds } from './filter';

const rows = [
  makeRequirement({ id: 'a', priority: 'P0' }),
  makeRequirement({ id: 'b' }),
  makeRequirement({ id: 'c', priority: 'P0' }),
];
const byId = new Map(rows.map((r) => [r.id, r]));
const columns = { s1: ['a', 'b'], s2: ['c'] };

describe('filterColumnIds', () => {
  it('keeps each column’s order and the cards that pass', () => {
    expect(filterColumnIds(columns, byId, (r) => r.priority === 'P0')).toEqual({ s1: ['a'], s2: ['c'] });
  });

  it('returns the columns untouched when nothing filters', () => {
    expect(filterColumnIds(columns, byId, null)).toBe(columns);
  });
});
