import { describe, expect, it } from 'vitest';
import { makeRequirement } from '../roadmap/testing';
import { emptyScores } from '../scoring/types';
import type { Requirement } from '../types';
import { compileFilters, weekOf } from './predicate';
import { buildSearchIndex } from './search';
import { NO_FILTERS, type RequirementFilters } from './types';

// 2026-03-11 is a Wednesday: its week runs Monday 9 to Sunday 15 March.
const TODAY = '2026-03-11';
const riced = { ...emptyScores(), rice: { reach: 100, impact: 1 as const, confidence: 80, effort: 2 } };
const rows: Requirement[] = [
  makeRequirement({
    id: 'late',
    dueDate: '2026-03-10',
    priority: 'P0',
    ownerId: 'ann',
    stageId: 'design',
    tags: ['mobile'],
  }),
  makeRequirement({ id: 'lateDone', dueDate: '2026-03-01', dueDone: true }),
  makeRequirement({ id: 'sunday', dueDate: '2026-03-15', priority: 'P1', source: 'interview', scores: riced }),
  makeRequirement({
    id: 'nextMonday',
    dueDate: '2026-03-16',
    type: 'bug',
    ownerId: 'bob',
    contributors: [{ memberId: 'ann', role: 'qa' }],
  }),
  makeRequirement({ id: 'archived', state: 'archived', title: '旧需求' }),
];

function run(filters: Partial<RequirementFilters>, cardScore: 'rice' | 'none' = 'rice'): string[] {
  const test = compileFilters(
    { ...NO_FILTERS, ...filters },
    { today: TODAY, cardScore, index: buildSearchIndex(rows, new Map()) },
  );
  return rows.filter(test).map((r) => r.id);
}

describe('weekOf', () => {
  it('runs Monday to Sunday, whatever weekday today is', () => {
    expect(weekOf(TODAY)).toEqual({ start: '2026-03-09', end: '2026-03-15' });
    expect(weekOf('2026-03-15')).toEqual({ start: '2026-03-09', end: '2026-03-15' });
    expect(weekOf('2026-03-09')).toEqual({ start: '2026-03-09', end: '2026-03-15' });
  });
});

describe('compileFilters', () => {
  it('shows the active requirements when nothing is filtered', () => {
    expect(run({})).toEqual(['late', 'lateDone', 'sunday', 'nextMonday']);
  });

  it('finds overdue requirements by the injected today, not those done or due today', () => {
    expect(run({ due: 'overdue' })).toEqual(['late']);
    expect(
      compileFilters(
        { ...NO_FILTERS, due: 'overdue' },
        { today: '2026-03-10', cardScore: 'rice', index: new Map() },
      )(rows[0]!),
    ).toBe(false);
  });

  it('finds requirements due this week, Monday to Sunday', () => {
    expect(run({ due: 'week' })).toEqual(['late', 'sunday']);
  });

  it('combines different filters with AND and values of one filter with OR', () => {
    expect(run({ priorities: ['P0', 'P1'] })).toEqual(['late', 'sunday']);
    expect(run({ priorities: ['P0', 'P1'], owners: ['ann'] })).toEqual(['late']);
    expect(run({ owners: ['none'], types: ['feature'] })).toEqual(['lateDone', 'sunday']);
  });

  it('finds a person as owner or as contributor', () => {
    expect(run({ owners: ['ann'] })).toEqual(['late', 'nextMonday']);
    expect(run({ owners: ['bob'] })).toEqual(['nextMonday']);
  });

  it('filters by stage, tag and source (none meaning no source)', () => {
    expect(run({ stages: ['design'] })).toEqual(['late']);
    expect(run({ tags: ['mobile'] })).toEqual(['late']);
    expect(run({ sources: ['interview'] })).toEqual(['sunday']);
    expect(run({ sources: ['none'] })).toEqual(['late', 'lateDone', 'nextMonday']);
  });

  it('tells scored from unscored by the product’s card score', () => {
    expect(run({ scored: 'scored' })).toEqual(['sunday']);
    expect(run({ scored: 'unscored' })).toEqual(['late', 'lateDone', 'nextMonday']);
  });

  it('shows archived requirements instead of active ones, searchable too', () => {
    expect(run({ archived: true })).toEqual(['archived']);
    expect(run({ archived: true, q: '旧' })).toEqual(['archived']);
    expect(run({ q: '旧' })).toEqual([]);
  });

  it('over history (analytics) counts archived requirements too, or only them with the archived filter', () => {
    const overHistory = (filters: Partial<RequirementFilters>) =>
      rows
        .filter(
          compileFilters(
            { ...NO_FILTERS, ...filters },
            { today: TODAY, cardScore: 'rice', index: new Map(), history: true },
          ),
        )
        .map((r) => r.id);
    expect(overHistory({})).toEqual(['late', 'lateDone', 'sunday', 'nextMonday', 'archived']);
    expect(overHistory({ archived: true })).toEqual(['archived']);
    expect(overHistory({ priorities: ['P0'] })).toEqual(['late']);
  });

  it('ignores stages and owners the product does not have, when told which it has', () => {
    const known = { stages: new Set(['design']), members: new Set(['ann']) };
    const test = compileFilters(
      { ...NO_FILTERS, stages: ['gone'], owners: ['ghost'] },
      { today: TODAY, cardScore: 'rice', index: new Map(), known },
    );
    expect(rows.filter(test).map((r) => r.id)).toEqual(['late', 'lateDone', 'sunday', 'nextMonday']);
    const narrowed = compileFilters(
      { ...NO_FILTERS, stages: ['gone', 'design'], owners: ['ghost', 'none', 'ann'] },
      { today: TODAY, cardScore: 'rice', index: new Map(), known },
    );
    expect(rows.filter(narrowed).map((r) => r.id)).toEqual(['late']);
  });
});
