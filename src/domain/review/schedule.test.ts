import { describe, expect, it } from 'vitest';
import { requirementTimelines } from '../analytics/timeline';
import { effectiveReviewDate, firstDoneDay, reviewQueue, reviewStatus } from './schedule';

const stages = [
  { id: 'inbox', key: null, rank: 'a', deleted: false, done: false },
  { id: 'dev', key: null, rank: 'b', deleted: false, done: false },
  { id: 'released', key: null, rank: 'c', deleted: false, done: true },
  { id: 'review', key: null, rank: 'd', deleted: false, done: true },
];
const done = new Set(['released', 'review']);
const metric = { name: 'Conversion', unit: '%', baseline: 10, target: 12, actual: null };

function row(
  id: string,
  stageId: string,
  extra: Partial<{ reviewDate: string; verdict: 'hit'; state: 'archived' }> = {},
) {
  return {
    id,
    title: id,
    stageId,
    state: 'active' as const,
    successMetric: metric,
    verdict: null,
    reviewDate: null,
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    ...extra,
  };
}

const moved = (entityId: string, from: string, to: string, at: string) => ({
  entityId,
  type: 'requirement.moved' as const,
  at,
  data: { fromStageId: from, toStageId: to },
});
const dayOfEvent = (at: string) => at.slice(0, 10);

describe('review schedule', () => {
  it('counts weeks from the first day a done stage was reached, not a later return', () => {
    const [timeline] = requirementTimelines({
      stages,
      requirements: [row('r', 'released')],
      events: [
        { entityId: 'r', type: 'requirement.created', at: '2026-01-01T09:00:00.000Z', data: { stageId: 'dev' } },
        moved('r', 'dev', 'released', '2026-01-30T10:00:00.000Z'),
        moved('r', 'released', 'dev', '2026-02-02T10:00:00.000Z'),
        moved('r', 'dev', 'released', '2026-02-10T10:00:00.000Z'),
      ],
      dayOfEvent,
    });
    const day = firstDoneDay(timeline!, done);
    expect(day).toBe('2026-01-30');
    // Four weeks after 30 January crosses the end of February.
    expect(effectiveReviewDate({ reviewDate: null }, day, 4)).toBe('2026-02-27');
    expect(effectiveReviewDate({ reviewDate: null }, '2026-12-10', 4)).toBe('2027-01-07');
  });

  it('prefers the requirement’s own review date, and has none when it never reached a done stage', () => {
    expect(effectiveReviewDate({ reviewDate: '2026-03-01' }, '2026-01-30', 4)).toBe('2026-03-01');
    expect(effectiveReviewDate({ reviewDate: null }, null, 4)).toBeNull();
  });

  it('is due on the day itself and overdue from the next day', () => {
    expect(reviewStatus('2026-03-31', '2026-03-30')).toBe('upcoming');
    expect(reviewStatus('2026-03-31', '2026-03-31')).toBe('due');
    expect(reviewStatus('2026-03-31', '2026-04-01')).toBe('overdue');
  });

  it('queues released requirements with a metric whose review is due, the most overdue first', () => {
    const requirements = [
      row('due', 'released', { reviewDate: '2026-04-01' }),
      row('overdue', 'review', { reviewDate: '2026-03-15' }),
      row('later', 'released', { reviewDate: '2026-04-02' }),
      row('notReleased', 'dev', { reviewDate: '2026-03-01' }),
      row('reviewed', 'released', { reviewDate: '2026-03-01', verdict: 'hit' }),
      row('archived', 'released', { reviewDate: '2026-03-01', state: 'archived' }),
      { ...row('noMetric', 'released', { reviewDate: '2026-03-01' }), successMetric: null },
      // No date of its own: released on 4 March, due four weeks later, on 1 April.
      row('byLog', 'released'),
    ];
    const timelines = new Map(
      requirementTimelines({
        stages,
        requirements,
        events: [moved('byLog', 'dev', 'released', '2026-03-04T08:00:00.000Z')],
        dayOfEvent,
      }).map((t) => [t.id, t]),
    );
    const queue = reviewQueue({ requirements, stages, timelines, weeks: 4, today: '2026-04-01' });
    expect(queue.map((item) => [item.requirement.id, item.reviewDay, item.status])).toEqual([
      ['overdue', '2026-03-15', 'overdue'],
      ['due', '2026-04-01', 'due'],
      ['byLog', '2026-04-01', 'due'],
    ]);
  });
});
