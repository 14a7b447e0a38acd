import { describe, expect, it } from 'vitest';
import { capacityStatus, committedPoints, iterationCapacity } from './capacity';
import { makeIteration } from './testRows';

describe('iteration capacity', () => {
  it('in days is the members’ days less their days off', () => {
    const iteration = makeIteration({
      id: 'i',
      capacityUnit: 'days',
      capacity: 30,
      memberCapacity: [
        { memberId: 'a', days: 10, daysOff: 2 },
        { memberId: 'b', days: 10, daysOff: 0 },
        { memberId: 'c', days: 3, daysOff: 5 },
      ],
    });
    expect(iterationCapacity(iteration)).toBe(18);
  });

  it('in days without members is the team figure as typed', () => {
    expect(iterationCapacity(makeIteration({ id: 'i', capacityUnit: 'days', capacity: 12 }))).toBe(12);
  });

  it('in points loses the share of days taken off', () => {
    const iteration = makeIteration({
      id: 'i',
      capacity: 40,
      memberCapacity: [
        { memberId: 'a', days: 10, daysOff: 5 },
        { memberId: 'b', days: 10, daysOff: 0 },
      ],
    });
    expect(iterationCapacity(iteration)).toBe(30);
  });

  it('is null when none is set', () => {
    expect(iterationCapacity(makeIteration({ id: 'i' }))).toBeNull();
  });
});

describe('commitment and status', () => {
  it('sums estimates and counts the unestimated', () => {
    expect(committedPoints([{ estimate: 5 }, { estimate: null }, { estimate: 2.5 }])).toEqual({
      points: 7.5,
      unestimated: 1,
    });
  });

  it('turns amber at 90% and red over capacity', () => {
    expect(capacityStatus(17, 20)).toBe('ok');
    expect(capacityStatus(18, 20)).toBe('near');
    expect(capacityStatus(20, 20)).toBe('near');
    expect(capacityStatus(23, 20)).toBe('over');
    expect(capacityStatus(3, null)).toBe('none');
  });
});
