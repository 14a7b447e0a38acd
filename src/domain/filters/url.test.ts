import { describe, expect, it } from 'vitest';
import { decodeFilters, encodeFilters } from './url';
import { NO_FILTERS, type RequirementFilters } from './types';

const full: RequirementFilters = {
  q: '导出 & PDF?',
  stages: ['stage-1', 'stage 2'],
  types: ['bug', 'feature'],
  priorities: ['P0'],
  owners: ['m1', 'none'],
  tags: ['移动端', 'a&b'],
  sources: ['interview', 'none'],
  scored: 'unscored',
  due: 'week',
  archived: true,
};

describe('filter encoding', () => {
  it('round-trips every filter, Chinese and reserved characters included', () => {
    expect(decodeFilters(encodeFilters(full))).toEqual(full);
    expect(decodeFilters(`?${encodeFilters(full)}`)).toEqual(full);
  });

  it('encodes no filters as an empty string, and decodes it back', () => {
    expect(encodeFilters(NO_FILTERS)).toBe('');
    expect(decodeFilters('')).toEqual(NO_FILTERS);
  });

  it('ignores unknown values and parameters, keeping the valid ones', () => {
    expect(
      decodeFilters('priority=P9&priority=P1&type=epic&scored=maybe&due=tomorrow&archived=yes&colour=red&source=tv'),
    ).toEqual({
      ...NO_FILTERS,
      priorities: ['P1'],
    });
  });

  it('drops duplicates, empty values and over-long values', () => {
    expect(decodeFilters(`owner=a&owner=a&owner=&tag=${'x'.repeat(51)}&tag=ok`)).toEqual({
      ...NO_FILTERS,
      owners: ['a'],
      tags: ['ok'],
    });
  });

  it('never throws on malformed input', () => {
    for (const bad of ['%E0%A4%A', '&&&==', '?q', 'q=%', '\u0000=\u0000', 'stage'.repeat(1000)]) {
      expect(() => decodeFilters(bad)).not.toThrow();
    }
    expect(decodeFilters('q=%').q).toBe('%');
  });

  it('caps the search text and the number of values', () => {
    expect(decodeFilters(`q=${'a'.repeat(900)}`).q).toHaveLength(500);
    const many = Array.from({ length: 80 }, (_, i) => `tag=t${i}`).join('&');
    expect(decodeFilters(many).tags).toHaveLength(50);
  });
});
