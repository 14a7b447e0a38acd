import { describe, expect, it } from 'vitest';
import { flowAnalytics } from './flowAnalytics';
import { flowTimes } from './flowTimes';
import { FLOW, Log, STAGES, dayIn } from './testLog';
import { requirementTimelines } from './timeline';
import type { FlowStage } from './types';

const RANGE = { from: '2026-03-01', to: '2026-03-31' };
const times = (log: Log, stages: FlowStage[] = STAGES, today = '2026-03-31') =>
  flowTimes(requirementTimelines(log.input(stages)), stages, FLOW, today);

describe('cycle and lead time', () => {
  it('counts from entering Development to entering Released, and from creation, in whole days inclusive', () => {
    const log = new Log()
      .create('a', 'inbox', '2026-03-01T09:00:00Z')
      .move('a', 'development', '2026-03-03T09:00:00Z')
      .move('a', 'released', '2026-03-07T17:00:00Z');
    expect(times(log).finished).toEqual([
      {
        id: 'a',
        title: 'A',
        createdDay: '2026-03-01',
        startDay: '2026-03-03',
        doneDay: '2026-03-07',
        cycleTime: 5,
        leadTime: 7,
        reworkMoves: 0,
      },
    ]);
  });

  it('keeps rework inside the cycle time: sent back from Released, it finishes on its last release', () => {
    const log = new Log()
      .create('a', 'development', '2026-03-01T09:00:00Z')
      .walk('a', '2026-03-03', ['testing', 'development', 'testing', 'released', 'testing', 'released']);
    const [a] = times(log).finished;
    expect(a).toMatchObject({ startDay: '2026-03-01', doneDay: '2026-03-08', cycleTime: 8, reworkMoves: 2 });
  });

  it('counts a skip past the done stage (Testing straight to Review) as done', () => {
    const log = new Log()
      .create('a', 'development', '2026-03-02T09:00:00Z')
      .move('a', 'review', '2026-03-04T09:00:00Z');
    expect(times(log).finished[0]).toMatchObject({ doneDay: '2026-03-04', cycleTime: 3 });
  });

  it('starts the clock on the first entry past the start stage when Development was skipped', () => {
    const log = new Log()
      .create('a', 'analysis', '2026-03-01T09:00:00Z')
      .move('a', 'testing', '2026-03-05T09:00:00Z')
      .move('a', 'released', '2026-03-06T09:00:00Z');
    expect(times(log).finished[0]).toMatchObject({ startDay: '2026-03-05', cycleTime: 2, leadTime: 6 });
  });

  it('leaves requirements in the trash out, and counts a restored one with its whole history', () => {
    const log = new Log()
      .create('gone', 'development', '2026-03-01T09:00:00Z')
      .move('gone', 'released', '2026-03-02T09:00:00Z')
      .remove('gone', '2026-03-03T09:00:00Z')
      .create('back', 'development', '2026-03-01T09:00:00Z')
      .remove('back', '2026-03-02T09:00:00Z')
      .restore('back', '2026-03-05T09:00:00Z')
      .move('back', 'released', '2026-03-06T09:00:00Z');
    expect(times(log).finished.map((f) => [f.id, f.cycleTime])).toEqual([['back', 6]]);
  });

  it('uses stage ids and today’s board order: a renamed stage keeps its history, a stage added later between Testing and Released is work in progress, a reordered one counts where it stands now', () => {
    // "Security review" added after the history began, ranked between testing (e) and released (f).
    const security: FlowStage = { id: 'sec', key: null, rank: 'eM', deleted: false, done: false };
    // Design moved after Development: entering it now counts as started.
    const stages = [...STAGES.map((s) => (s.id === 'design' ? { ...s, rank: 'dM' } : s)), security];
    const log = new Log()
      .create('a', 'analysis', '2026-03-01T09:00:00Z')
      .walk('a', '2026-03-02', ['design', 'sec'])
      .create('b', 'testing', '2026-03-01T09:00:00Z')
      .move('b', 'sec', '2026-03-02T09:00:00Z');
    const { inProgress, finished } = times(log, stages, '2026-03-10');
    expect(finished).toEqual([]);
    expect(inProgress.map((i) => [i.id, i.stageId, i.startDay, i.age])).toEqual([
      ['a', 'sec', '2026-03-02', 9],
      ['b', 'sec', '2026-03-01', 10],
    ]);
  });

  it('counts local calendar days across a daylight-saving change (Berlin, 29 March 2026)', () => {
    // 23:30 on the 28th and 00:30 on the 30th, Berlin time: 24 hours apart but three calendar days.
    const log = new Log()
      .create('a', 'development', '2026-03-28T22:30:00Z')
      .move('a', 'released', '2026-03-29T22:30:00Z');
    const berlin = dayIn('Europe/Berlin');
    const [a] = flowTimes(requirementTimelines(log.input(STAGES, berlin)), STAGES, FLOW, '2026-03-31').finished;
    expect(a).toMatchObject({ startDay: '2026-03-28', doneDay: '2026-03-30', cycleTime: 3 });
    // The same instants in UTC are one day apart.
    expect(times(log).finished[0]).toMatchObject({ cycleTime: 2 });
  });

  it('gives an import never moved since a lead time from the source’s dates and no cycle time', () => {
    const log = new Log()
      .imported('JIRA-1', 'released', '2026-03-02T08:00:00Z', '2026-03-11T16:00:00Z')
      .imported('JIRA-2', 'development', '2026-03-04T08:00:00Z', '2026-03-05T08:00:00Z');
    const result = flowAnalytics(log.input(), FLOW, RANGE, '2026-03-20');
    expect(result.finished).toEqual([
      expect.objectContaining({ id: 'JIRA-1', doneDay: '2026-03-11', leadTime: 10, cycleTime: null }),
    ]);
    expect(result.withoutStart).toBe(1);
    expect(result.cycleTime[85]).toBeNull();
    expect(result.inProgress.map((i) => [i.id, i.age])).toEqual([['JIRA-2', 17]]);
  });

  it('does not count an item moved back before the start stage as in progress', () => {
    const log = new Log()
      .create('a', 'development', '2026-03-01T09:00:00Z')
      .move('a', 'analysis', '2026-03-02T09:00:00Z');
    expect(times(log)).toEqual({ finished: [], inProgress: [] });
  });
});
