import { describe, expect, it } from 'vitest';
import {
  dayToX,
  dragDeltaDays,
  drawnSpan,
  moveSpanByStep,
  packRows,
  resizeEndByStep,
  resizeSpan,
  spanWidth,
  timelineColumns,
  visibleRange,
  xToDay,
} from './timelineScale';

const TODAY = '2026-05-14';

describe('visibleRange', () => {
  it('shows a year of months from the month before today at month zoom', () => {
    expect(visibleRange('month', TODAY)).toEqual({ start: '2026-04-01', end: '2027-03-31' });
  });
  it('shows eight quarters from the previous quarter at quarter zoom', () => {
    expect(visibleRange('quarter', TODAY)).toEqual({ start: '2026-01-01', end: '2027-12-31' });
  });
  it('shows three years of halves at half-year zoom', () => {
    expect(visibleRange('half', TODAY)).toEqual({ start: '2025-07-01', end: '2028-06-30' });
  });
  it('widens to whole columns to include every dated initiative', () => {
    expect(visibleRange('month', TODAY, [{ start: '2025-12-10', end: '2027-05-02' }])).toEqual({
      start: '2025-12-01',
      end: '2027-05-31',
    });
  });
});

describe('timelineColumns', () => {
  it('labels quarters by year and index', () => {
    const columns = timelineColumns('quarter', visibleRange('quarter', TODAY));
    expect(columns).toHaveLength(8);
    expect(columns[0]).toEqual({ start: '2026-01-01', end: '2026-03-31', year: 2026, index: 1 });
    expect(columns[4]).toMatchObject({ year: 2027, index: 1 });
  });
});

describe('day ↔ x', () => {
  const range = visibleRange('month', TODAY);
  it('round-trips every day', () => {
    for (const day of ['2026-04-01', '2026-05-14', '2027-03-31'])
      expect(xToDay('month', range, dayToX('month', range, day))).toBe(day);
  });
  it('maps a pixel inside a day to that day', () => {
    expect(xToDay('month', range, 6 * 3 + 5.9)).toBe('2026-04-04');
  });
  it('gives an inclusive one-day span one day of width', () => {
    expect(spanWidth('quarter', '2026-05-14', '2026-05-14')).toBe(2);
  });
});

describe('snapping and steps', () => {
  it('snaps a drag to days at month zoom and to whole weeks otherwise', () => {
    expect(dragDeltaDays('month', 6 * 3 + 2)).toBe(3);
    expect(dragDeltaDays('quarter', 2 * 5)).toBe(7);
    expect(dragDeltaDays('quarter', 2 * 3)).toBe(0);
    expect(dragDeltaDays('half', -0.8 * 12)).toBe(-14);
  });
  it('moves by a week at month zoom, a month at quarter zoom, and keeps the length', () => {
    expect(moveSpanByStep({ start: '2026-05-01', end: '2026-05-10' }, 'month', 1)).toEqual({
      start: '2026-05-08',
      end: '2026-05-17',
    });
    expect(moveSpanByStep({ start: '2026-01-31', end: '2026-02-09' }, 'quarter', 1)).toEqual({
      start: '2026-02-28',
      end: '2026-03-09',
    });
    expect(moveSpanByStep({ start: '2026-05-01', end: '2026-05-10' }, 'half', -1)).toEqual({
      start: '2026-02-01',
      end: '2026-02-10',
    });
  });
  it('changes only the end with Shift, never before the start', () => {
    expect(resizeEndByStep({ start: '2026-05-01', end: '2026-05-10' }, 'month', 1)).toEqual({
      start: '2026-05-01',
      end: '2026-05-17',
    });
    expect(resizeEndByStep({ start: '2026-05-01', end: '2026-05-03' }, 'month', -1)).toEqual({
      start: '2026-05-01',
      end: '2026-05-01',
    });
  });
  it('stops an edge dragged past the other edge', () => {
    expect(resizeSpan({ start: '2026-05-01', end: '2026-05-03' }, 'start', 10)).toEqual({
      start: '2026-05-03',
      end: '2026-05-03',
    });
  });
  it('draws a span in either direction, whole weeks at coarse zoom', () => {
    expect(drawnSpan('2026-05-20', '2026-05-14', 'day')).toEqual({ start: '2026-05-14', end: '2026-05-20' });
    expect(drawnSpan('2026-05-14', '2026-05-20', 'week')).toEqual({ start: '2026-05-11', end: '2026-05-24' });
  });
});

describe('packRows', () => {
  it('stacks overlapping bars and reuses a row once the bar before has ended', () => {
    const { rowOf, rows } = packRows([
      { id: 'a', start: '2026-01-01', end: '2026-02-01' },
      { id: 'b', start: '2026-01-15', end: '2026-03-01' },
      { id: 'c', start: '2026-02-02', end: '2026-02-10' },
    ]);
    expect([rowOf.get('a'), rowOf.get('b'), rowOf.get('c')]).toEqual([0, 1, 0]);
    expect(rows).toBe(2);
  });
  it('has one row for an empty lane', () => {
    expect(packRows([]).rows).toBe(1);
  });
});
