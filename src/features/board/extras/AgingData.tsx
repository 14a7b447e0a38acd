// Keeps the board's age markers in step with the product's log, loaded only while
// they are switched on. The replay runs in the analytics worker; the result is
// kept per product, so a board opened again shows it at once and recomputes only
// once a write (any event) or a new day has changed what it was computed from.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { computeAgingInBackground, logWatch } from '../../../db/analyticsAccess';
import { dayOf } from '../../../domain/dates';
import { createAgingRuns, INTERRUPTED } from './agingRuns';
import { useExtrasData } from './store';

/**
 * How long the log and the person must stay still before the markers are computed (again): the
 * replay takes a core for a moment and its reads hold up a write while they run, so it waits
 * out a run of moves, a drag or typing rather than slow them down.
 */
const QUIET_MS = 3_000;

const runs = createAgingRuns(
  (productId, today, signal) => computeAgingInBackground({ kind: 'aging', productId, today }, signal),
  QUIET_MS,
  {
    now: () => performance.now(),
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (t) => clearTimeout(t as number),
  },
);
for (const type of ['pointerdown', 'pointermove', 'keydown', 'wheel'])
  window.addEventListener(type, runs.noteInput, { capture: true, passive: true });

export default function AgingData({ productId }: { productId: string }) {
  const signature = useSyncExternalStore(
    useCallback((listener: () => void) => logWatch.subscribe(productId, listener), [productId]),
    () => logWatch.generation(productId),
  );
  useEffect(() => {
    useExtrasData.setState({ aging: runs.latest(productId) });
    return () => useExtrasData.setState({ aging: null });
  }, [productId]);
  useEffect(() => {
    const today = dayOf(new Date());
    let current = true;
    let cancel = () => {};
    const compute = () =>
      runs.bringUpToDate(productId, `${signature}|${today}`, today).then(
        (aging) => {
          if (!current) return;
          if (aging === INTERRUPTED) cancel = runs.whenQuiet(() => void compute());
          else if (aging !== undefined) useExtrasData.setState({ aging });
        },
        // The markers are a hint: a failed replay leaves the last ones (or none) rather than an error on the board.
        (error: unknown) => console.warn('Age markers not computed', error),
      );
    cancel = runs.whenQuiet(() => void compute());
    return () => {
      current = false;
      cancel();
    };
  }, [productId, signature]);
  return null;
}
