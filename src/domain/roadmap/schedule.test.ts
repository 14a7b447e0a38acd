import { describe, expect, it } from 'vitest';
import { normaliseSchedule, scheduleProblem } from './schedule';

describe('initiative schedule rules', () => {
  it('makes a milestone a single day and drops the stored horizon of dated items', () => {
    expect(normaliseSchedule({ start: '2026-03-01', end: '2026-04-01', horizon: 'now', milestone: true })).toEqual({
      start: '2026-03-01',
      end: '2026-03-01',
      horizon: null,
      milestone: true,
    });
  });
  it('accepts a horizon-only initiative and a dated one', () => {
    expect(scheduleProblem({ start: null, end: null, horizon: 'later', milestone: false })).toBeNull();
    expect(scheduleProblem({ start: '2026-01-01', end: '2026-01-01', horizon: null, milestone: false })).toBeNull();
  });
  it('names each problem', () => {
    expect(scheduleProblem({ start: '2026-01-02', end: null, horizon: null, milestone: false })).toBe('datesPaired');
    expect(scheduleProblem({ start: '2026-01-02', end: '2026-01-01', horizon: null, milestone: false })).toBe(
      'endBeforeStart',
    );
    expect(scheduleProblem({ start: null, end: null, horizon: 'now', milestone: true })).toBe('milestoneNeedsDate');
    expect(scheduleProblem({ start: null, end: null, horizon: null, milestone: false })).toBe('horizonNeeded');
  });
});
