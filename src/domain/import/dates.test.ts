import { describe, expect, it } from 'vitest';
import { monthNumber, parseDateTime } from './dates';

describe('parseDateTime', () => {
  it.each([
    ['22/Apr/26 7:56 AM', '2026-04-22T07:56:00.000Z'],
    ['22/Apr/26 7:56 PM', '2026-04-22T19:56:00.000Z'],
    ['06/Mar/26 12:00 AM', '2026-03-06T00:00:00.000Z'],
    ['01/Jan/26 12:30 PM', '2026-01-01T12:30:00.000Z'],
    ['22/Apr/2026 07:56', '2026-04-22T07:56:00.000Z'],
    ['22/avr./26 07:56', '2026-04-22T07:56:00.000Z'],
    ['22/Mär/26 07:56', '2026-03-22T07:56:00.000Z'],
    ['22/dic/26 07:56', '2026-12-22T07:56:00.000Z'],
    ['22/4月/26 7:56 下午', '2026-04-22T19:56:00.000Z'],
    ['22/4月/26 下午 7:56', '2026-04-22T19:56:00.000Z'],
    ['22/янв/26 10:00', '2026-01-22T10:00:00.000Z'],
    ['2026-04-22', '2026-04-22T00:00:00.000Z'],
    ['2026/4/2 9:05', '2026-04-02T09:05:00.000Z'],
    ['2026-04-22T10:00:00.000+02:00', '2026-04-22T08:00:00.000Z'],
    ['2018-01-15T17:00:00.000Z', '2018-01-15T17:00:00.000Z'],
    ['22.04.2026', '2026-04-22T00:00:00.000Z'],
    ['22/Apr/26', '2026-04-22T00:00:00.000Z'],
  ])('%s', (input, iso) => {
    expect(parseDateTime(input)?.iso).toBe(iso);
  });

  it.each([
    '',
    'soon',
    '31/Feb/26 7:00 AM',
    '22/Foo/26 7:56 AM',
    '04/05/2026',
    '2026-13-01',
    '22/Apr/26 25:00',
    '22/Apr/26 7:56 XM',
  ])('refuses %j', (input) => {
    expect(parseDateTime(input)).toBeNull();
  });

  it('gives the calendar day', () => {
    expect(parseDateTime('22/Apr/26 11:59 PM')?.day).toBe('2026-04-22');
  });
});

describe('monthNumber', () => {
  it('knows English, localised and CJK month words', () => {
    expect(monthNumber('Sep')).toBe(9);
    expect(monthNumber('sept.')).toBe(9);
    expect(monthNumber('Okt')).toBe(10);
    expect(monthNumber('12月')).toBe(12);
    expect(monthNumber('13月')).toBeNull();
  });
});
