import { describe, expect, it } from 'vitest';
import type { AgingCards } from '../../../domain/analytics/aging';
import { createAgingRuns, INTERRUPTED, type ComputeAging } from './agingRuns';

/** A clock the test moves by hand. */
function manualClock() {
  let now = 0;
  let timers: { at: number; run: () => void }[] = [];
  return {
    now: () => now,
    setTimeout: (run: () => void, ms: number) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (timer: unknown) => {
      timers = timers.filter((t) => t !== timer);
    },
    advance(ms: number) {
      now += ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at)[0];
        if (!due) return;
        timers = timers.filter((t) => t !== due);
        due.run();
      }
    },
  };
}

const cards = (label: string) => ({ label }) as unknown as AgingCards;

/** A computation the test finishes by hand; it rejects when its signal is aborted, as the worker does. */
function controlledCompute() {
  const calls: { signal: AbortSignal; finish: (result: AgingCards) => void }[] = [];
  const compute: ComputeAging = (_productId, _today, signal) =>
    new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      calls.push({ signal, finish: resolve });
    });
  return { calls, compute };
}

describe('when the age markers are computed', () => {
  it('waits for quiet: input within the quiet time puts the run off', () => {
    const clock = manualClock();
    const runs = createAgingRuns(controlledCompute().compute, 3_000, clock);
    let ran = 0;
    runs.whenQuiet(() => ran++);
    clock.advance(2_000);
    runs.noteInput();
    clock.advance(2_000);
    expect(ran).toBe(0);
    clock.advance(1_000);
    expect(ran).toBe(1);
  });

  it('stops a computation in flight when the person acts, and the next quiet moment computes it', async () => {
    const { calls, compute } = controlledCompute();
    const runs = createAgingRuns(compute, 3_000, manualClock());
    const first = runs.bringUpToDate('p', 'k1', '2026-12-04');
    expect(calls).toHaveLength(1);
    runs.noteInput();
    expect(calls[0]?.signal.aborted).toBe(true);
    await expect(first).resolves.toBe(INTERRUPTED);
    expect(runs.latest('p')).toBeNull();

    const second = runs.bringUpToDate('p', 'k1', '2026-12-04');
    expect(calls).toHaveLength(2);
    calls[1]?.finish(cards('fresh'));
    await expect(second).resolves.toEqual(cards('fresh'));
    expect(runs.latest('p')).toEqual(cards('fresh'));
    // Input after it finished stops nothing and keeps the result.
    runs.noteInput();
    await expect(runs.bringUpToDate('p', 'k1', '2026-12-04')).resolves.toEqual(cards('fresh'));
    expect(calls).toHaveLength(2);
  });

  it('computes once per product at a time: a newer key waits for the run in flight, then computes its own', async () => {
    const { calls, compute } = controlledCompute();
    const runs = createAgingRuns(compute, 3_000, manualClock());
    const older = runs.bringUpToDate('p', 'k1', '2026-12-04');
    const newer = runs.bringUpToDate('p', 'k2', '2026-12-04');
    expect(calls).toHaveLength(1);
    calls[0]?.finish(cards('for k1'));
    await expect(older).resolves.toEqual(cards('for k1'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toHaveLength(2);
    calls[1]?.finish(cards('for k2'));
    await expect(newer).resolves.toEqual(cards('for k2'));
  });
});
