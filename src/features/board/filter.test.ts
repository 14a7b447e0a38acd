import { unscoredRequirementFields } from '../../domain/types';
import { describe, expect, it } from 'vitest';
import type { Member, Requirement } from '../../domain/types';
import { buildSearchIndex, filterColumnIds } from './filter';

function requirement(id: string, title: string, tags: string[] = [], ownerId: string | null = null): Requirement {
  return {
    id, productId: 'p', title, description: '', type: 'feature', priority: 'P2', ownerId, tags, dueDate: null,
    acceptanceCriteria: [], stageId: 's', rank: 'a0', state: 'active', initiativeId: null, notes: [], links: [], startDate: null, estimate: null, dueDone: false, ...unscoredRequirementFields(), createdAt: '', updatedAt: '', version: 1,
  };
}

const members = new Map<string, Member>([
  ['m1', { id: 'm1', productId: 'p', name: 'Lin Wei', role: 'pm', createdAt: '', updatedAt: '', version: 1, deleted: false }],
]);
const rows = [
  requirement('a', 'Checkout coupons', ['payments']),
  requirement('b', '优化结账流程', ['支付'], 'm1'),
  requirement('c', 'Dark mode'),
];
const index = buildSearchIndex(rows, members);
const columns = { s1: ['a', 'b'], s2: ['c'] };

describe('board filter', () => {
  it('matches titles case-insensitively, Chinese included', () => {
    expect(filterColumnIds(columns, index, 'CHECKOUT')).toEqual({ s1: ['a'], s2: [] });
    expect(filterColumnIds(columns, index, '结账')).toEqual({ s1: ['b'], s2: [] });
  });

  it('matches tags and owners, and needs every word', () => {
    expect(filterColumnIds(columns, index, 'lin 支付')).toEqual({ s1: ['b'], s2: [] });
    expect(filterColumnIds(columns, index, 'payments dark')).toEqual({ s1: [], s2: [] });
  });

  it('returns the columns untouched for an empty query', () => {
    expect(filterColumnIds(columns, index, '   ')).toBe(columns);
  });
});
