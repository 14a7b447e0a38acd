import { describe, expect, it } from 'vitest';
import { makeRequirement } from '../roadmap/testing';
import type { Member } from '../types';
import { buildSearchIndex, highlightParts, matchesTerms, searchTerms } from './search';

const members = new Map<string, Member>([
  [
    'm1',
    { id: 'm1', productId: 'p', name: 'Lin Wei', role: 'pm', createdAt: '', updatedAt: '', version: 1, deleted: false },
  ],
]);
const rows = [
  makeRequirement({
    id: 'a',
    title: 'Checkout coupons',
    tags: ['payments'],
    description: 'Let buyers apply a **discount** code',
  }),
  makeRequirement({ id: 'b', title: '批量导出报表', tags: ['数据'], ownerId: 'm1' }),
  makeRequirement({
    id: 'c',
    title: 'Dark mode',
    notes: [{ id: 'n', authorId: null, at: '2026-01-01T00:00:00Z', text: '用户访谈：夜间使用很多' }],
  }),
];
const index = buildSearchIndex(rows, members);
const find = (query: string) =>
  rows.filter((r) => matchesTerms(index.get(r.id) ?? '', searchTerms(query))).map((r) => r.id);

describe('search', () => {
  it('finds a Chinese substring without word splitting', () => {
    expect(find('导出')).toEqual(['b']);
    expect(find('量导')).toEqual(['b']);
    expect(find('导入')).toEqual([]);
  });

  it('ignores case and character width in English', () => {
    expect(find('CHECKOUT')).toEqual(['a']);
    expect(find('ｄａｒｋ')).toEqual(['c']);
  });

  it('looks in the description, tags, notes and owner', () => {
    expect(find('discount')).toEqual(['a']);
    expect(find('数据')).toEqual(['b']);
    expect(find('夜间')).toEqual(['c']);
    expect(find('lin wei')).toEqual(['b']);
  });

  it('needs every space-separated part, in any order', () => {
    expect(find('coupons payments')).toEqual(['a']);
    expect(find('coupons 夜间')).toEqual([]);
  });
});

describe('highlightParts', () => {
  it('marks every match of every term, case-insensitively', () => {
    expect(highlightParts('Checkout check', searchTerms('CHECK'))).toEqual([
      { text: 'Check', match: true },
      { text: 'out ', match: false },
      { text: 'check', match: true },
    ]);
  });

  it('marks Chinese substrings and merges overlapping terms', () => {
    expect(highlightParts('批量导出报表', searchTerms('导出 出报'))).toEqual([
      { text: '批量', match: false },
      { text: '导出报', match: true },
      { text: '表', match: false },
    ]);
  });

  it('leaves text whole when there is no query', () => {
    expect(highlightParts('Dark mode', [])).toEqual([{ text: 'Dark mode', match: false }]);
  });
});
