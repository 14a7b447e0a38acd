import { describe, expect, it } from 'vitest';
import type { PlanRequirement } from './plan';
import { sprintSpans } from './sprints';

const issue = (over: Partial<PlanRequirement>) =>
  ({
    startDate: null,
    dueDate: null,
    createdAt: null,
    updatedAt: null,
    iterationKey: null,
    ...over,
  }) as PlanRequirement;

describe('sprint spans', () => {
  it('run from the earliest start or creation to the latest due date or update of their issues', () => {
    const spans = sprintSpans(
      {
        iterations: [
          { key: 'S1', name: 'S1' },
          { key: 'S2', name: 'S2' },
        ],
        requirements: [
          issue({ iterationKey: 'S1', createdAt: '2026-04-03T10:00:00.000Z', updatedAt: '2026-04-20T10:00:00.000Z' }),
          issue({ iterationKey: 'S1', startDate: '2026-04-01', dueDate: '2026-04-14' }),
          issue({ iterationKey: 'S2' }),
        ],
      },
      '2026-05-01',
    );
    expect(spans.get('S1')).toEqual({ startDate: '2026-04-01', endDate: '2026-04-20' });
    expect(spans.get('S2')).toEqual({ startDate: '2026-05-01', endDate: '2026-05-01' });
  });

  it('never end before they start', () => {
    const spans = sprintSpans(
      {
        iterations: [{ key: 'S', name: 'S' }],
        requirements: [issue({ iterationKey: 'S', startDate: '2026-04-10', dueDate: '2026-04-02' })],
      },
      '2026-05-01',
    );
    expect(spans.get('S')).toEqual({ startDate: '2026-04-10', endDate: '2026-04-10' });
  });
});
