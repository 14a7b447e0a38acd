import { describe, expect, it } from 'vitest';
import { buildDemoProduct } from '../demo';
import { eventSchema, requirementSchema } from '../types';
import { burndownSeries } from './burndown';
import { iterationSchema } from './types';
import { velocitySeries } from './velocity';

const TODAY = '2026-05-14';

describe('demo iterations', () => {
  let n = 0;
  const demo = buildDemoProduct('en', { now: () => '2026-05-14T08:00:00.000Z', newId: () => `id-${++n}` }, TODAY);
  const iterations = demo.iterations ?? [];

  it('are two closed sprints and an active one, valid rows, with planned requirements', () => {
    for (const i of iterations) expect(() => iterationSchema.parse(i)).not.toThrow();
    for (const r of demo.requirements) expect(() => requirementSchema.parse(r)).not.toThrow();
    for (const e of demo.events) expect(() => eventSchema.parse(e)).not.toThrow();
    expect(iterations.map((i) => i.state)).toEqual(['closed', 'closed', 'active']);
    const active = iterations[2]!;
    expect(active.startDate <= TODAY && TODAY <= active.endDate).toBe(true);
    expect(demo.requirements.filter((r) => r.iterationId === active.id)).toHaveLength(8);
  });

  it('show a velocity history and a burndown that rises for the mid-way addition and falls as items ship', () => {
    expect(velocitySeries(iterations).map((b) => [b.committed, b.completed])).toEqual([
      [21, 16],
      [24, 22],
    ]);
    const active = iterations[2]!;
    const done = new Set(demo.stages.filter((s) => s.done).map((s) => s.id));
    const series = burndownSeries({
      iteration: active,
      events: demo.events,
      requirements: demo.requirements,
      doneStageIds: done,
      today: TODAY,
      dayOfEvent: (at) => at.slice(0, 10),
    });
    const known = series.filter((p) => p.remaining !== null).map((p) => p.remaining);
    expect(known).toEqual([31, 31, 26, 28, 26, 26, 26, 26]);
    expect(series[0]?.ideal).toBe(31);
  });
});
