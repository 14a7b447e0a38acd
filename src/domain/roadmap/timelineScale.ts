// The timeline's maths: which days are visible at a zoom, where a day sits in
// pixels, how drags snap and how far a keyboard step moves. Pure, so the
// view and the exporters draw the same roadmap.
import { addDays, daysBetween } from '../dates';
import { dayNumber, shiftMonths, startOfPeriod, startOfWeek } from './days';

export const ZOOMS = ['month', 'quarter', 'half'] as const;
export type Zoom = (typeof ZOOMS)[number];

export type Snap = 'day' | 'week';

interface ZoomSpec {
  /** Months per column. */
  months: 1 | 3 | 6;
  pxPerDay: number;
  /** Columns shown before the one holding today, and in all. */
  before: number;
  columns: number;
  snap: Snap;
  /** The keyboard step: days, or calendar months. */
  step: { days: number } | { months: number };
}

const SPECS: Record<Zoom, ZoomSpec> = {
  // A month column is ~180 px: wide enough to drag by single days.
  month: { months: 1, pxPerDay: 6, before: 1, columns: 12, snap: 'day', step: { days: 7 } },
  quarter: { months: 3, pxPerDay: 2, before: 1, columns: 8, snap: 'week', step: { months: 1 } },
  half: { months: 6, pxPerDay: 0.8, before: 1, columns: 6, snap: 'week', step: { months: 3 } },
};

export function snapOf(zoom: Zoom): Snap {
  return SPECS[zoom].snap;
}

export function pxPerDay(zoom: Zoom): number {
  return SPECS[zoom].pxPerDay;
}

export interface DayRange {
  /** First visible day, inclusive. */
  start: string;
  /** Last visible day, inclusive. */
  end: string;
}

export interface TimelineColumn {
  start: string;
  end: string;
  /** 'month', 'quarter' or 'half' index inside its year: 1..12, 1..4 or 1..2. */
  index: number;
  year: number;
}

/**
 * The visible days at a zoom: whole columns from one before today's, widened
 * to whole columns so every dated initiative in `spans` is on screen.
 */
export function visibleRange(
  zoom: Zoom,
  today: string,
  spans: readonly { start: string; end: string }[] = [],
): DayRange {
  const spec = SPECS[zoom];
  let start = shiftMonths(startOfPeriod(today, spec.months), -spec.before * spec.months);
  let endExclusive = shiftMonths(start, spec.columns * spec.months);
  for (const span of spans) {
    if (span.start < start) start = startOfPeriod(span.start, spec.months);
    if (span.end >= endExclusive) endExclusive = shiftMonths(startOfPeriod(span.end, spec.months), spec.months);
  }
  return { start, end: addDays(endExclusive, -1) };
}

export function timelineColumns(zoom: Zoom, range: DayRange): TimelineColumn[] {
  const { months } = SPECS[zoom];
  const columns: TimelineColumn[] = [];
  for (let start = range.start; start <= range.end; start = shiftMonths(start, months)) {
    const [year, month] = start.split('-').map(Number) as [number, number];
    columns.push({
      start,
      end: addDays(shiftMonths(start, months), -1),
      year,
      index: Math.floor((month - 1) / months) + 1,
    });
  }
  return columns;
}

/** Left edge of `day` in pixels from the range start. */
export function dayToX(zoom: Zoom, range: DayRange, day: string): number {
  return daysBetween(range.start, day) * SPECS[zoom].pxPerDay;
}

/** The day under pixel `x`. */
export function xToDay(zoom: Zoom, range: DayRange, x: number): string {
  return addDays(range.start, Math.floor(x / SPECS[zoom].pxPerDay));
}

export function rangeWidth(zoom: Zoom, range: DayRange): number {
  return (daysBetween(range.start, range.end) + 1) * SPECS[zoom].pxPerDay;
}

/** Width of an inclusive span of days. */
export function spanWidth(zoom: Zoom, start: string, end: string): number {
  return (daysBetween(start, end) + 1) * SPECS[zoom].pxPerDay;
}

/** A pixel drag as whole days, snapped to whole weeks at the coarser zooms (the weekday is kept). */
export function dragDeltaDays(zoom: Zoom, dx: number): number {
  const days = Math.round(dx / SPECS[zoom].pxPerDay);
  return SPECS[zoom].snap === 'week' ? Math.round(days / 7) * 7 : days;
}

/** Snaps a day to the start of its week (for drawing a new bar at coarse zooms). */
export function snapDay(day: string, snap: Snap): string {
  return snap === 'week' ? startOfWeek(day) : day;
}

export interface Span {
  start: string;
  end: string;
}

function stepDay(day: string, zoom: Zoom, direction: 1 | -1): string {
  const step = SPECS[zoom].step;
  return 'days' in step ? addDays(day, step.days * direction) : shiftMonths(day, step.months * direction);
}

/** Moves a span by one zoom step, keeping its length in days. */
export function moveSpanByStep(span: Span, zoom: Zoom, direction: 1 | -1): Span {
  const start = stepDay(span.start, zoom, direction);
  return { start, end: addDays(start, daysBetween(span.start, span.end)) };
}

/** Moves only the end by one zoom step; the end never goes before the start. */
export function resizeEndByStep(span: Span, zoom: Zoom, direction: 1 | -1): Span {
  const end = stepDay(span.end, zoom, direction);
  return { start: span.start, end: end < span.start ? span.start : end };
}

/** Moves a span by whole days, keeping its length. */
export function moveSpan(span: Span, days: number): Span {
  return { start: addDays(span.start, days), end: addDays(span.end, days) };
}

/** Moves one edge by whole days; an edge dragged past the other stops at it (a one-day span). */
export function resizeSpan(span: Span, edge: 'start' | 'end', days: number): Span {
  if (edge === 'start') {
    const start = addDays(span.start, days);
    return { start: start > span.end ? span.end : start, end: span.end };
  }
  const end = addDays(span.end, days);
  return { start: span.start, end: end < span.start ? span.start : end };
}

/** The span drawn between two days, in either order, snapped to whole weeks at coarse zooms. */
export function drawnSpan(a: string, b: string, snap: Snap): Span {
  const [from, to] = a <= b ? [a, b] : [b, a];
  if (snap === 'day') return { start: from, end: to };
  const start = startOfWeek(from);
  return { start, end: addDays(startOfWeek(to), 6) };
}

/**
 * Sub-rows inside a lane so bars never overlap: each span takes the first row
 * whose last bar ended before it starts. Returns the row per id and the row count.
 */
export function packRows(spans: readonly ({ id: string } & Span)[]): { rowOf: Map<string, number>; rows: number } {
  const sorted = [...spans].sort((a, b) => dayNumber(a.start) - dayNumber(b.start) || a.id.localeCompare(b.id));
  const rowEnds: string[] = [];
  const rowOf = new Map<string, number>();
  for (const span of sorted) {
    let row = rowEnds.findIndex((end) => end < span.start);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = span.end;
    rowOf.set(span.id, row);
  }
  return { rowOf, rows: Math.max(1, rowEnds.length) };
}
