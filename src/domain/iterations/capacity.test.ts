import { describe, expect, it } from 'vitest';
import { capacityStatus, committedPoints, iterationCapacity, loadPerMember } from './capacity';
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

describe('load per member', () => {
  it('compares each owner’s points with their available days, and lists the unowned apart', () => {
    const iteration = makeIteration({
      id: 'i',
      capacityUnit: 'days',
      memberCapacity: [
        { memberId: 'a', days: 10, daysOff: 4 },
        { memberId: 'b', days: 10, daysOff: 0 },
      ],
    });
    const load = loadPerMember(iteration, [
      { ownerId: 'a', estimate: 5 },
      { ownerId: 'a', estimate: 2 },
      { ownerId: 'b', estimate: 3 },
      { ownerId: 'z', estimate: 1 },
      { ownerId: null, estimate: 4 },
    ]);
    expect(load).toEqual([
      { memberId: 'a', points: 7, capacity: 6, status: 'over' },
      { memberId: 'b', points: 3, capacity: 10, status: 'ok' },
      { memberId: 'z', points: 1, capacity: null, status: 'none' },
      { memberId: null, points: 4, capacity: null, status: 'none' },
    ]);
  });

  it('in points splits the team’s capacity by available days', () => {
    const iteration = makeIteration({
      id: 'i',
      capacity: 30,
      memberCapacity: [
        { memberId: 'a', days: 10, daysOff: 5 },
        { memberId: 'b', days: 10, daysOff: 0 },
      ],
    });
    // 30 points for 20 days, 15 available: 22.5 points, a third of it for a.
    expect(loadPerMember(iteration, [{ ownerId: 'a', estimate: 7 }])[0]).toEqual({
      memberId: 'a',
      points: 7,
      capacity: 7.5,
      status: 'near',
    });
  });
});
