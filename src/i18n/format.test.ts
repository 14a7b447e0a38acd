import { describe, expect, it } from 'vitest';
import { formatDay, formatNumber, formatPercent, numberFormat } from './format';
import { formatList } from './formatText';
import { formatDateTime, formatMonth, formatMonthName, formatRelative } from './formatTime';

describe('formatDay', () => {
  it('writes a calendar day in each style and language', () => {
    expect(formatDay('2026-11-27', 'en', 'short')).toBe('Nov 27');
    expect(formatDay('2026-11-27', 'en')).toBe('Nov 27, 2026');
    expect(formatDay('2026-11-27', 'en', 'long')).toBe('Fri, November 27, 2026');
    expect(formatDay('2026-11-27', 'zh-CN', 'short')).toBe('11月27日');
    expect(formatDay('2026-11-27', 'zh-CN')).toBe('2026年11月27日');
    expect(formatDay('2026-11-27', 'zh-CN', 'long')).toBe('2026年11月27日周五');
  });

  it('never moves a day across midnight, whatever the zone (New Year in both languages)', () => {
    expect(formatDay('2027-01-01', 'en')).toBe('Jan 1, 2027');
    expect(formatDay('2026-12-31', 'zh-CN')).toBe('2026年12月31日');
  });
});

describe('months', () => {
  it('names a month with and without its year', () => {
    expect(formatMonth('2026-04-15', 'en')).toBe('Apr 2026');
    expect(formatMonth('2026-04-15', 'zh-CN')).toBe('2026年4月');
    expect(formatMonthName('2026-04-01', 'en')).toBe('Apr');
    expect(formatMonthName('2026-04-01', 'zh-CN')).toBe('4月');
  });
});

describe('formatDateTime', () => {
  it('writes an instant in the given zone', () => {
    expect(formatDateTime('2026-11-27T09:05:00.000Z', 'en', 'UTC')).toBe('Nov 27, 2026, 9:05 AM');
    expect(formatDateTime(new Date('2026-11-27T09:05:00.000Z'), 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月27日 17:05');
  });
});

describe('numbers', () => {
  it('groups thousands and caps decimals when asked', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'zh-CN')).toBe('12,345');
    expect(formatNumber(2.345, 'en', 1)).toBe('2.3');
    expect(formatNumber(2.345, 'zh-CN')).toBe('2.345');
  });

  it('writes ratios as whole percentages', () => {
    expect(formatPercent(0.423, 'en')).toBe('42%');
    expect(formatPercent(1, 'zh-CN')).toBe('100%');
  });

  it('builds a formatter once per locale and options', () => {
    expect(numberFormat('en', { maximumFractionDigits: 1 })).toBe(numberFormat('en', { maximumFractionDigits: 1 }));
    expect(numberFormat('en')).not.toBe(numberFormat('zh-CN'));
  });
});

describe('formatRelative and formatList', () => {
  it('speaks in words both languages use', () => {
    expect(formatRelative(-1, 'day', 'en')).toBe('yesterday');
    expect(formatRelative(-1, 'day', 'zh-CN')).toBe('昨天');
    expect(formatRelative(-3, 'hour', 'en')).toBe('3 hours ago');
    expect(formatRelative(-3, 'hour', 'zh-CN')).toBe('3小时前');
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b, c');
    expect(formatList(['甲', '乙'], 'zh-CN')).toBe('甲乙');
  });
});
