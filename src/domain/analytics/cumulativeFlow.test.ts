import { describe, expect, it } from 'vitest';
import { cumulativeFlow } from './cumulativeFlow';
import { Log, STAGES, dayIn } from './testLog';
import { requirementTimelines } from './timeline';
import type { FlowStage } from './types';

const RANGE = { from: '2026-03-01', to: '2026-03-05' };
function cfd(log: Log, stages: FlowStage[] = STAGES, range = RANGE, dayOfEvent?: (at: string) => string) {
  const flow = cumulativeFlow(requirementTimelines(log.input(stages, dayOfEvent)), stages, range);
  return Object.fromEntries(flow.bands.filter((b) => b.counts.some((n) => n > 0)).map((b) => [b.stageId, b.counts]));
}

describe('cumulative flow', () => {
  it('counts each requirement in its stage at the end of each day, from the day it was created', () => {
    const log = new Log()
      .create('a', 'inbox', '2026-02-20T09:00:00Z')
      .move('a', 'development', '2026-03-02T09:00:00Z')
      .move('a', 'released', '2026-03-04T09:00:00Z')
      .create('b', 'inbox', '2026-03-03T09:00:00Z');
    expect(cfd(log)).toEqual({ inbox: [1, 0, 1, 1, 1], development: [0, 1, 1, 0, 0], released: [0, 0, 0, 1, 1] });
  });

  it('lists every stage in today’s board order, empty ones too', () => {
    const stages = STAGES.map((s) => (s.id === 'inbox' ? { ...s, rank: 'z' } : s));
    const flow = cumulativeFlow([], stages, RANGE);
    expect(flow.bands.map((b) => b.stageId)).toEqual([
      'analysis',
      'design',
      'development',
      'testing',
      'released',
      'review',
      'inbox',
    ]);
    expect(flow.days).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']);
  });

  it('takes only the last stage of a day, and shows a move back (rework) on the day it happened', () => {
    const log = new Log()
      .create('a', 'development', '2026-03-01T08:00:00Z')
      .move('a', 'testing', '2026-03-02T08:00:00Z')
      .move('a', 'released', '2026-03-02T18:00:00Z')
      .move('a', 'development', '2026-03-04T08:00:00Z');
    expect(cfd(log)).toEqual({ development: [1, 0, 0, 1, 1], released: [0, 1, 1, 0, 0] });
  });

  it('leaves out the days a requirement spent in the trash', () => {
    const log = new Log()
      .create('a', 'inbox', '2026-03-01T08:00:00Z')
      .remove('a', '2026-03-02T08:00:00Z')
      .restore('a', '2026-03-04T08:00:00Z');
    expect(cfd(log)).toEqual({ inbox: [1, 0, 0, 1, 1] });
  });

  it('keeps a band for a stage deleted since only while someone stood in it', () => {
    const old: FlowStage = { id: 'old', key: null, rank: 'dd', deleted: true, done: false };
    const unused: FlowStage = { id: 'unused', key: null, rank: 'de', deleted: true, done: false };
    const log = new Log().create('a', 'old', '2026-03-01T08:00:00Z').move('a', 'testing', '2026-03-03T08:00:00Z');
    const flow = cumulativeFlow(
      requirementTimelines(log.input([...STAGES, old, unused])),
      [...STAGES, old, unused],
      RANGE,
    );
    expect(flow.bands.map((b) => b.stageId)).toContain('old');
    expect(flow.bands.map((b) => b.stageId)).not.toContain('unused');
    expect(flow.bands.find((b) => b.stageId === 'old')?.counts).toEqual([1, 1, 0, 0, 0]);
  });

  it('puts a move late in the evening on the local day, across the spring DST change in New York', () => {
    // 8 March 2026 is the US change; 03:30 UTC on the 9th is 23:30 on the 8th in New York.
    const log = new Log().create('a', 'inbox', '2026-03-06T15:00:00Z').move('a', 'development', '2026-03-09T03:30:00Z');
    const range = { from: '2026-03-07', to: '2026-03-09' };
    expect(cfd(log, STAGES, range, dayIn('America/New_York'))).toEqual({ inbox: [1, 0, 0], development: [0, 1, 1] });
  });
});
