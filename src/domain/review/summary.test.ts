import { lexer, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../types';
import { countVerdicts, hitRate, reviewSummary, type ReviewedRequirement } from './summary';
import { reviewSummaryMarkdown } from './summaryMarkdown';

function reviewed(id: string, verdict: Verdict | null, reviewedAt: string | null, learnings = ''): ReviewedRequirement {
  return { id, title: `Title ${id}`, verdict, reviewedAt, learnings, successMetric: null };
}
const dayOf = (at: string) => at.slice(0, 10);

describe('hit rate', () => {
  it('is hits among conclusive verdicts; inconclusive counts neither way', () => {
    const counts = countVerdicts([
      reviewed('a', 'hit', 'x'),
      reviewed('b', 'partly', 'x'),
      reviewed('c', 'missed', 'x'),
      reviewed('d', 'inconclusive', 'x'),
      reviewed('e', 'hit', 'x'),
      reviewed('f', null, null),
    ]);
    expect(counts).toEqual({ hit: 2, partly: 1, missed: 1, inconclusive: 1 });
    expect(hitRate(counts)).toBe(0.5);
    expect(hitRate(countVerdicts([reviewed('d', 'inconclusive', 'x')]))).toBeNull();
  });
});

describe('review summary', () => {
  const rows = [
    reviewed('jan31', 'hit', '2026-01-31T23:00:00.000Z'),
    reviewed('feb1', 'missed', '2026-02-01T00:30:00.000Z', 'Users **ignored** the banner.'),
    reviewed('mar31', 'partly', '2026-03-31T12:00:00.000Z'),
    reviewed('apr1', 'hit', '2026-04-01T08:00:00.000Z', '# Big\nIt worked.'),
    reviewed('open', null, null),
  ];

  it('groups by month at the month boundary, newest first', () => {
    const months = reviewSummary(rows, 'month', dayOf);
    expect(months.map((m) => [m.start, m.reviewed.map((r) => r.id)])).toEqual([
      ['2026-04-01', ['apr1']],
      ['2026-03-01', ['mar31']],
      ['2026-02-01', ['feb1']],
      ['2026-01-01', ['jan31']],
    ]);
  });

  it('groups by quarter at the quarter boundary, with counts and hit rate', () => {
    const quarters = reviewSummary(rows, 'quarter', dayOf);
    expect(quarters.map((q) => [q.start, q.counts, q.hitRate])).toEqual([
      ['2026-04-01', { hit: 1, partly: 0, missed: 0, inconclusive: 0 }, 1],
      ['2026-01-01', { hit: 1, partly: 1, missed: 1, inconclusive: 0 }, 1 / 3],
    ]);
  });

  it('writes Markdown with a verdict table, the hit rate and each learning', () => {
    const markdown = reviewSummaryMarkdown(reviewSummary(rows, 'quarter', dayOf), {
      title: 'Review summary',
      periodHeading: (start) => `Quarter from ${start}`,
      verdict: { hit: 'Hit', partly: 'Partly', missed: 'Missed', inconclusive: 'Inconclusive' },
      verdictsHeading: 'Verdict',
      hitRate: 'Hit rate',
      noHitRate: '—',
      percent: (rate) => `${Math.round(rate * 100)}%`,
      learningsHeading: 'Learnings',
      noLearnings: 'No learnings written.',
      metric: () => '',
    });
    const tokens = lexer(markdown);
    const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading').map((h) => [h.depth, h.text]);
    expect(headings).toEqual([
      [1, 'Review summary'],
      [2, 'Quarter from 2026-04-01'],
      [3, 'Learnings'],
      [4, 'Title apr1 — Hit'],
      [5, 'Big'],
      [2, 'Quarter from 2026-01-01'],
      [3, 'Learnings'],
      [4, 'Title jan31 — Hit'],
      [4, 'Title feb1 — Missed'],
      [4, 'Title mar31 — Partly'],
    ]);
    const tables = tokens.filter((t): t is Tokens.Table => t.type === 'table');
    expect(tables[1]?.rows.map((cells) => cells.map((c) => c.text))).toEqual([
      ['Hit', '1'],
      ['Partly', '1'],
      ['Missed', '1'],
      ['Inconclusive', '0'],
    ]);
    expect(markdown).toContain('**Hit rate:** 33%');
    expect(markdown).toContain('Users **ignored** the banner.');
    expect(markdown.match(/No learnings written\./g)).toHaveLength(2);
  });
});
