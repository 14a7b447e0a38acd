import { describe, expect, it } from 'vitest';
import { carryOverPlan, completedPoints, splitByDone } from './carryOver';
import { makeIteration, makeRequirement } from './testRows';

const DONE = new Set(['released', 'review']);
const rows = [
  makeRequirement({ id: 'a', estimate: 5, stageId: 'released', iterationId: 'it' }),
  makeRequirement({ id: 'b', estimate: 3, stageId: 'review', iterationId: 'it' }),
  makeRequirement({ id: 'c', estimate: 2, stageId: 'dev', iterationId: 'it' }),
  makeRequirement({ id: 'd', estimate: null, stageId: 'testing', iterationId: 'it' }),
  makeRequirement({ id: 'x', estimate: 8, stageId: 'dev', iterationId: 'other' }),
];

describe('closing an iteration', () => {
  it('counts completed points from done stages only', () => {
    expect(completedPoints(rows, 'it', DONE)).toBe(8);
    expect(splitByDone(rows, 'it', DONE).unfinished.map((r) => r.id)).toEqual(['c', 'd']);
  });

  it('plans each unfinished requirement into the next iteration or the backlog', () => {
    const { unfinished } = splitByDone(rows, 'it', DONE);
    const next = makeIteration({ id: 'next' });
    const plan = carryOverPlan({ id: 'it' }, unfinished, { c: 'next', d: null }, [next]);
    expect(plan.problems).toEqual([]);
    expect(plan.moves).toEqual([
      { requirementId: 'c', toIterationId: 'next' },
      { requirementId: 'd', toIterationId: null },
    ]);
  });

  it('refuses a missing choice, a closed or same target, and choices for finished work', () => {
    const { unfinished } = splitByDone(rows, 'it', DONE);
    const closed = makeIteration({ id: 'old', state: 'closed' });
    const plan = carryOverPlan({ id: 'it' }, unfinished, { c: 'old', a: null }, [closed, makeIteration({ id: 'it' })]);
    expect(plan.problems).toEqual([
      { kind: 'notUnfinished', requirementId: 'a' },
      { kind: 'badTarget', requirementId: 'c', iterationId: 'old' },
      { kind: 'missingChoice', requirementId: 'd' },
    ]);
    expect(
      carryOverPlan({ id: 'it' }, unfinished, { c: 'it', d: null }, [makeIteration({ id: 'it' })]).problems,
    ).toEqual([{ kind: 'badTarget', requirementId: 'c', iterationId: 'it' }]);
  });
});
