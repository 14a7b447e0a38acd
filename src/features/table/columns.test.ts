import { describe, expect, it } from 'vitest';
import { makeRequirement } from '../../domain/roadmap/testing';
import type { Member } from '../../domain/types';
import { sortRequirements, visibleColumns, type SortContext } from './columns';

const member = (id: string, name: string): Member => ({
  id,
  productId: 'p',
  name,
  role: 'pm',
  createdAt: '',
  updatedAt: '',
  version: 1,
  deleted: false,
});
const rows = [
  makeRequirement({ id: 'a', title: 'Beta', stageId: 's2', rank: 'a0', priority: 'P2', estimate: null, ownerId: 'm2' }),
  makeRequirement({ id: 'b', title: 'alpha', stageId: 's1', rank: 'a1', priority: 'P0', estimate: 5, ownerId: null }),
  makeRequirement({ id: 'c', title: 'Gamma', stageId: 's1', rank: 'a0', priority: 'P2', estimate: 3, ownerId: 'm1' }),
];
const context: SortContext = {
  stageOrder: new Map([
    ['s1', 0],
    ['s2', 1],
  ]),
  members: new Map([
    ['m1', member('m1', 'Zoe')],
    ['m2', member('m2', 'Ann')],
  ]),
  scores: new Map([
    ['a', 12],
    ['b', null],
    ['c', 40],
  ]),
  collator: new Intl.Collator('en'),
};
const ids = (sorted: { id: string }[]) => sorted.map((r) => r.id);

describe('sortRequirements', () => {
  it('keeps board order (stage, then rank) with no sort', () => {
    expect(ids(sortRequirements(rows, null, context))).toEqual(['c', 'b', 'a']);
  });

  it('sorts titles case-insensitively both ways', () => {
    expect(ids(sortRequirements(rows, { column: 'title', direction: 'ascending' }, context))).toEqual(['b', 'a', 'c']);
    expect(ids(sortRequirements(rows, { column: 'title', direction: 'descending' }, context))).toEqual(['c', 'a', 'b']);
  });

  it('puts unscored, unestimated and unowned rows last in either direction', () => {
    expect(ids(sortRequirements(rows, { column: 'score', direction: 'descending' }, context))).toEqual(['c', 'a', 'b']);
    expect(ids(sortRequirements(rows, { column: 'score', direction: 'ascending' }, context))).toEqual(['a', 'c', 'b']);
    expect(ids(sortRequirements(rows, { column: 'estimate', direction: 'ascending' }, context))).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect(ids(sortRequirements(rows, { column: 'owner', direction: 'ascending' }, context))).toEqual(['a', 'c', 'b']);
  });

  it('sorts priority P0 first, ties in board order', () => {
    expect(ids(sortRequirements(rows, { column: 'priority', direction: 'ascending' }, context))).toEqual([
      'b',
      'c',
      'a',
    ]);
  });
});

describe('visibleColumns', () => {
  it('keeps known columns in table order and always the title', () => {
    expect(visibleColumns(['due', 'bogus', 'stage'])).toEqual(['title', 'stage', 'due']);
    expect(visibleColumns(null)).toEqual([
      'title',
      'stage',
      'priority',
      'score',
      'owner',
      'estimate',
      'due',
      'updated',
    ]);
  });
});
