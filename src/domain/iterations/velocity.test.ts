import { describe, expect, it } from 'vitest';
import { averageVelocity, velocitySeries } from './velocity';
import { makeIteration } from './testRows';

describe('velocity', () => {
  it('shows the last closed iterations oldest first, committed against completed', () => {
    const iterations = [
      makeIteration({ id: 'c', endDate: '2026-03-13', state: 'closed', committedPoints: 20, completedPoints: 18 }),
      makeIteration({ id: 'a', endDate: '2026-02-13', state: 'closed', committedPoints: 15, completedPoints: 10 }),
      makeIteration({ id: 'b', endDate: '2026-02-27', state: 'closed', committedPoints: 22, completedPoints: 23 }),
      makeIteration({ id: 'now', endDate: '2026-03-27', state: 'active', committedPoints: 21 }),
      makeIteration({
        id: 'gone',
        endDate: '2026-03-01',
        state: 'closed',
        deleted: true,
        committedPoints: 1,
        completedPoints: 1,
      }),
    ];
    const bars = velocitySeries(iterations, 2);
    expect(bars.map((b) => [b.iterationId, b.committed, b.completed])).toEqual([
      ['b', 22, 23],
      ['c', 20, 18],
    ]);
    expect(averageVelocity(velocitySeries(iterations))).toBe(17);
    expect(averageVelocity([])).toBeNull();
  });
});
