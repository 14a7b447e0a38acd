import { describe, expect, it } from 'vitest';
import type { FlowStage } from '../analytics/types';
import { makeIteration, makeRequirement } from '../iterations/testRows';
import { personCapacity, pointsPerPersonDay, roundCapacity } from './capacity';
import { computeWorkload, holdsWork, inProgressIds, loadsInIteration, shareOf, teamStatus } from './workload';

const stage = (id: string, rank: string, done = false): FlowStage => ({ id, key: null, rank, deleted: false, done });
const STAGES = [stage('inbox', 'a'), stage('dev', 'b'), stage('test', 'c'), stage('live', 'd', true)];
const FLOW = { startStageId: 'dev', doneStageId: 'live' };

// Two closed sprints: 16 points in 30 available days, 22 in 28 → 38 / 58 points per person-day.
const history = [
  makeIteration({
    id: 's1',
    state: 'closed',
    endDate: '2026-02-13',
    completedPoints: 16,
    memberCapacity: [
      { memberId: 'ana', days: 10, daysOff: 0 },
      { memberId: 'bo', days: 10, daysOff: 0 },
      { memberId: 'cy', days: 10, daysOff: 0 },
    ],
  }),
  makeIteration({
    id: 's2',
    state: 'closed',
    endDate: '2026-02-27',
    completedPoints: 22,
    memberCapacity: [
      { memberId: 'ana', days: 10, daysOff: 2 },
      { memberId: 'bo', days: 10, daysOff: 0 },
      { memberId: 'cy', days: 10, daysOff: 0 },
    ],
  }),
];

describe('capacity per person', () => {
  it('takes points per person-day from closed iterations, days off included', () => {
    expect(pointsPerPersonDay(history)).toBeCloseTo(38 / 58, 10);
  });

  it('has no rate without closed history or member days', () => {
    expect(pointsPerPersonDay([])).toBeNull();
    expect(pointsPerPersonDay([makeIteration({ id: 'x', state: 'closed', completedPoints: 10 })])).toBeNull();
  });

  it('converts available days to points by velocity and rounds to whole points', () => {
    const sprint = makeIteration({
      id: 's3',
      capacity: 38,
      memberCapacity: [{ memberId: 'ana', days: 10, daysOff: 1 }],
    });
    // 9 days × 38/58 = 5.9 → 6 points.
    expect(personCapacity(sprint, 'ana', 38 / 58)).toEqual({ value: 6, unit: 'points', basis: 'velocity' });
    expect(personCapacity(sprint, 'nobody', 38 / 58)).toBeNull();
  });

  it('falls back to a share of the team points by available days without velocity', () => {
    const sprint = makeIteration({
      id: 's3',
      capacity: 12,
      memberCapacity: [
        { memberId: 'ana', days: 10, daysOff: 1 },
        { memberId: 'bo', days: 10, daysOff: 0 },
      ],
    });
    // 12 × 9 / 19 = 5.68 → 6.
    expect(personCapacity(sprint, 'ana', null)).toEqual({ value: 6, unit: 'points', basis: 'teamShare' });
  });

  it('keeps person-days in days, to the half day, never through velocity', () => {
    const sprint = makeIteration({
      id: 'd',
      capacityUnit: 'days',
      memberCapacity: [{ memberId: 'ana', days: 10, daysOff: 2.5 }],
    });
    expect(personCapacity(sprint, 'ana', 38 / 58)).toEqual({ value: 7.5, unit: 'days', basis: 'days' });
    expect(roundCapacity(11.4, 'points')).toBe(11);
    expect(roundCapacity(11.4, 'days')).toBe(11.5);
  });
});

describe('computeWorkload', () => {
  const current = makeIteration({
    id: 's3',
    state: 'active',
    startDate: '2026-03-02',
    capacity: 38,
    memberCapacity: [
      { memberId: 'ana', days: 10, daysOff: 1 },
      { memberId: 'bo', days: 10, daysOff: 0 },
    ],
  });
  const requirements = [
    // Ana owns it, Bo contributes: 8 points split 4 + 4.
    makeRequirement({
      id: 'r1',
      ownerId: 'ana',
      contributors: [{ memberId: 'bo', role: 'qa' }],
      estimate: 8,
      iterationId: 's3',
    }),
    makeRequirement({ id: 'r2', ownerId: 'ana', estimate: 3, iterationId: 's3', stageId: 'inbox' }),
    makeRequirement({ id: 'r3', ownerId: 'ana', estimate: null, iterationId: 's3', stageId: 'test' }),
    // Done: not in progress, still planned in the iteration.
    makeRequirement({ id: 'r4', ownerId: 'bo', estimate: 2, iterationId: 's3', stageId: 'live' }),
    // Archived work counts for nobody.
    makeRequirement({ id: 'r5', ownerId: 'ana', estimate: 5, iterationId: 's3', state: 'archived' }),
  ];

  const rows = computeWorkload({
    memberIds: ['ana', 'bo', 'cy'],
    requirements,
    stages: STAGES,
    flow: FLOW,
    iterations: [...history, current],
  });

  it("shows a person's load against their capacity in the iteration's unit", () => {
    const [ana] = rows;
    // Ana: 4 (half of r1) + 3 + 0 = 7 points against 9 days × 38/58 = 6 points.
    expect(ana?.iterations).toEqual([
      {
        iterationId: 's3',
        load: 7,
        capacity: 6,
        unit: 'points',
        basis: 'velocity',
        percent: 117,
        over: true,
        unestimated: 1,
      },
    ]);
    // Bo: 4 + 2 = 6 against 10 × 38/58 = 6.55 → 7 points.
    expect(rows[1]?.iterations[0]).toMatchObject({ load: 6, capacity: 7, percent: 86, over: false });
  });

  it('counts in progress between the start and the done stage, owner and contributors alike', () => {
    expect(rows[0]?.inProgress).toEqual({ count: 2, estimate: 4 });
    expect(rows[1]?.inProgress).toEqual({ count: 1, estimate: 4 });
    expect(inProgressIds(requirements, STAGES, FLOW)).toEqual(new Set(['r1', 'r3']));
  });

  it('gives a person without a capacity row no capacity and no percentage', () => {
    expect(rows[2]?.iterations[0]).toMatchObject({ load: 0, capacity: null, percent: null, over: false });
  });

  it('says who holds work (so a removed member with work stays listed) and who holds none', () => {
    expect(rows.map(holdsWork)).toEqual([true, true, false]);
    // Only an unestimated requirement planned in an open iteration is still work.
    const [only] = computeWorkload({
      memberIds: ['dee'],
      requirements: [makeRequirement({ id: 'u', ownerId: 'dee', estimate: null, iterationId: 's3', stageId: 'inbox' })],
      stages: STAGES,
      flow: FLOW,
      iterations: [...history, current],
    });
    expect(only && holdsWork(only)).toBe(true);
  });

  it('splits an estimate evenly among distinct people, a contributor who also owns counting once', () => {
    const r = makeRequirement({
      id: 'x',
      ownerId: 'ana',
      contributors: [
        { memberId: 'ana', role: 'design' },
        { memberId: 'bo', role: 'qa' },
        { memberId: 'cy', role: 'data' },
      ],
      estimate: 5,
    });
    expect(shareOf(r, 'ana')).toBeCloseTo(5 / 3, 10);
    expect(shareOf(r, 'dee')).toBe(0);
  });

  it('skips closed iterations and reads days iterations in days', () => {
    const days = makeIteration({
      id: 'd1',
      capacityUnit: 'days',
      memberCapacity: [{ memberId: 'ana', days: 5, daysOff: 1 }],
    });
    const [ana] = computeWorkload({
      memberIds: ['ana'],
      requirements: [makeRequirement({ id: 'r', ownerId: 'ana', estimate: 5, iterationId: 'd1' })],
      stages: STAGES,
      flow: FLOW,
      iterations: [...history, days],
    });
    expect(ana?.iterations).toEqual([
      {
        iterationId: 'd1',
        load: 5,
        capacity: 4,
        unit: 'days',
        basis: 'days',
        percent: 125,
        over: true,
        unestimated: 0,
      },
    ]);
  });
});

describe('loadsInIteration', () => {
  it('lists members with capacity, then others on planned work, and the estimate nobody holds', () => {
    const sprint = makeIteration({
      id: 's',
      capacityUnit: 'days',
      memberCapacity: [{ memberId: 'ana', days: 10, daysOff: 0 }],
    });
    const { members, unassigned } = loadsInIteration(
      sprint,
      [
        makeRequirement({ id: 'a', ownerId: 'ana', estimate: 12 }),
        makeRequirement({ id: 'b', ownerId: 'bo', estimate: 2 }),
        makeRequirement({ id: 'c', ownerId: null, estimate: 3 }),
      ],
      null,
    );
    expect(members.map((m) => [m.memberId, m.load, m.capacity, m.over])).toEqual([
      ['ana', 12, 10, true],
      ['bo', 2, null, false],
    ]);
    expect(unassigned).toBe(3);
  });
});

describe('teamStatus', () => {
  const load = (over: boolean) => ({ ...NOT_OVER, over });
  const NOT_OVER = {
    iterationId: 's',
    load: 0,
    capacity: 5,
    unit: 'points' as const,
    basis: 'velocity' as const,
    percent: 0,
    over: false,
    unestimated: 0,
  };

  it('is at risk when one member is over though the total fits', () => {
    expect(teamStatus(21, 40, [load(false), load(false)])).toBe('ok');
    expect(teamStatus(21, 40, [load(false), load(true)])).toBe('near');
  });

  it('stays over when the total is over', () => {
    expect(teamStatus(41, 40, [load(true)])).toBe('over');
  });
});
