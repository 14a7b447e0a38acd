import { describe, expect, it } from 'vitest';
import type { CairnEvent } from '../types';
import { burndownSeries, iterationDays } from './burndown';
import { makeIteration, makeRequirement } from './testRows';

const DONE = new Set(['released']);
const dayOfEvent = (at: string) => at.slice(0, 10);
let n = 0;
function ev(entityId: string, type: CairnEvent['type'], at: string, data: Record<string, unknown>) {
  n += 1;
  return { id: `e${n}`, productId: 'p', entityId, type, at, data };
}
const planned = (id: string, day: string, iterationId = 'it', previous: string | null = null) =>
  ev(id, 'iteration.planned', `${day}T09:00:00.000Z`, { iterationId, previousIterationId: previous });
const moved = (id: string, day: string, from: string, to: string) =>
  ev(id, 'requirement.moved', `${day}T15:00:00.000Z`, { fromStageId: from, toStageId: to });

const iteration = makeIteration({
  id: 'it',
  startDate: '2026-03-02',
  endDate: '2026-03-06',
  state: 'active',
  committedPoints: 10,
});

describe('burndown', () => {
  it('lists every day of the iteration', () => {
    expect(iterationDays('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('drops when requirements reach a done stage, and stops at today', () => {
    const requirements = [
      makeRequirement({ id: 'a', estimate: 5, stageId: 'released', iterationId: 'it' }),
      makeRequirement({ id: 'b', estimate: 3, stageId: 'released', iterationId: 'it' }),
      makeRequirement({ id: 'c', estimate: 2, stageId: 'dev', iterationId: 'it' }),
    ];
    const events = [
      planned('a', '2026-03-01'),
      planned('b', '2026-03-01'),
      planned('c', '2026-03-01'),
      moved('b', '2026-03-04', 'dev', 'released'),
      moved('a', '2026-03-03', 'dev', 'released'),
    ];
    const series = burndownSeries({
      iteration,
      events,
      requirements,
      doneStageIds: DONE,
      today: '2026-03-05',
      dayOfEvent,
    });
    expect(series.map((p) => p.remaining)).toEqual([10, 5, 2, 2, null]);
    expect(series.map((p) => p.ideal)).toEqual([10, 7.5, 5, 2.5, 0]);
  });

  it('rises on the day a requirement is added mid-iteration, and falls when one is taken out', () => {
    const requirements = [
      makeRequirement({ id: 'a', estimate: 5, iterationId: 'it' }),
      makeRequirement({ id: 'late', estimate: 8, iterationId: 'it' }),
      makeRequirement({ id: 'gone', estimate: 4, iterationId: null }),
    ];
    const events = [
      planned('a', '2026-03-01'),
      planned('gone', '2026-03-01'),
      planned('late', '2026-03-03'),
      ev('gone', 'iteration.unplanned', '2026-03-04T10:00:00.000Z', { iterationId: null, previousIterationId: 'it' }),
    ];
    const series = burndownSeries({
      iteration,
      events,
      requirements,
      doneStageIds: DONE,
      today: '2026-03-06',
      dayOfEvent,
    });
    expect(series.map((p) => p.remaining)).toEqual([9, 17, 13, 13, 13]);
  });

  it('goes back up when a requirement is moved back out of done', () => {
    const requirements = [makeRequirement({ id: 'a', estimate: 5, stageId: 'testing', iterationId: 'it' })];
    const events = [
      planned('a', '2026-03-01'),
      moved('a', '2026-03-02', 'dev', 'released'),
      moved('a', '2026-03-04', 'released', 'testing'),
    ];
    const series = burndownSeries({
      iteration,
      events,
      requirements,
      doneStageIds: DONE,
      today: '2026-03-06',
      dayOfEvent,
    });
    expect(series.map((p) => p.remaining)).toEqual([0, 0, 5, 5, 5]);
  });

  it('counts requirements with no history where they are now, and leaves out the trash', () => {
    const requirements = [
      makeRequirement({ id: 'imported', estimate: 3, iterationId: 'it' }),
      makeRequirement({ id: 'trashed', estimate: 9, iterationId: 'it', state: 'deleted' }),
    ];
    const series = burndownSeries({
      iteration: { ...iteration, committedPoints: null },
      events: [],
      requirements,
      doneStageIds: DONE,
      today: '2026-03-02',
      dayOfEvent,
    });
    expect(series[0]).toEqual({ day: '2026-03-02', remaining: 3, ideal: 3 });
  });

  it('a requirement moved from another iteration counts only from the day it arrived', () => {
    const requirements = [makeRequirement({ id: 'a', estimate: 5, iterationId: 'it' })];
    const events = [planned('a', '2026-02-20', 'old'), planned('a', '2026-03-03', 'it', 'old')];
    const series = burndownSeries({
      iteration,
      events,
      requirements,
      doneStageIds: DONE,
      today: '2026-03-03',
      dayOfEvent,
    });
    expect(series.map((p) => p.remaining)).toEqual([0, 5, null, null, null]);
  });
});
