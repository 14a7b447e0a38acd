// Keeps the board's age markers in step with the product's log, loaded only while
// they are switched on. The replay runs in the analytics worker; the result is
// kept per product, so a board opened again shows it at once and recomputes only
// once a write (any event) or a new day has changed what it was computed from.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { computeAgingInBackground, logWatch } from '../../../db/analyticsAccess';
import type { AgingCards } from '../../../domain/analytics/aging';
import { dayOf } from '../../../domain/dates';
import { useExtrasData } from './store';

interface Computed {
  key: string;
  result: AgingCards | null;
}

/**
 * How long the log and the person must stay still before the markers are computed (again): the
 * replay takes a core for a moment and its reads hold up a write while they run, so it waits
 * out a run of moves, a drag or typing rather than slow them down.
 */
const QUIET_MS = 3_000;

let lastInput = 0;
let listening = false;
/** Stops the replay in flight: input means a write may follow, and the replay's reads would hold it up. */
let interrupt: AbortController | null = null;
const noteInput = () => {
  lastInput = performance.now();
  interrupt?.abort(new DOMException('The person went on working', 'AbortError'));
};
/** What bringUpToDate gives when input stopped the replay: try again at the next quiet moment. */
const INTERRUPTED = Symbol('interrupted');

/** Runs `run` once nothing was typed, pointed or scrolled for QUIET_MS; returns the cancel. */
function whenQuiet(run: () => void): () => void {
  if (!listening) {
    listening = true;
    for (const type of ['pointerdown', 'pointermove', 'keydown', 'wheel'])
      window.addEventListener(type, noteInput, { capture: true, passive: true });
  }
  let timer: ReturnType<typeof setTimeout>;
  const check = (delay: number) => {
    timer = setTimeout(() => {
      const left = lastInput + QUIET_MS - performance.now();
      if (left > 0) check(left);
      else run();
    }, delay);
  };
  check(QUIET_MS);
  return () => clearTimeout(timer);
}

const computed = new Map<string, Computed>();
/** One computation per product at a time; a newer key waits for it rather than racing it. */
const running = new Map<string, Promise<void>>();
const wanted = new Map<string, string>();

/**
 * The markers for `key`, or undefined once a newer key was asked for (its caller takes over),
 * or INTERRUPTED when input stopped the replay.
 */
async function bringUpToDate(
  productId: string,
  key: string,
  today: string,
): Promise<AgingCards | null | undefined | typeof INTERRUPTED> {
  wanted.set(productId, key);
  while (computed.get(productId)?.key !== key) {
    if (wanted.get(productId) !== key) return undefined;
    const pending = running.get(productId);
    if (pending) {
      await pending;
      continue;
    }
    const controller = new AbortController();
    interrupt = controller;
    const job = computeAgingInBackground({ kind: 'aging', productId, today }, controller.signal).then((result) => {
      computed.set(productId, { key, result });
    });
    // Whoever waits on `running` only needs to know it is over; this caller hears how.
    running.set(
      productId,
      job.catch(() => {}),
    );
    try {
      await job;
    } catch (error) {
      if (controller.signal.aborted) return INTERRUPTED;
      throw error;
    } finally {
      running.delete(productId);
      if (interrupt === controller) interrupt = null;
    }
  }
  return computed.get(productId)?.result ?? null;
}

export default function AgingData({ productId }: { productId: string }) {
  const signature = useSyncExternalStore(
    useCallback((listener: () => void) => logWatch.subscribe(productId, listener), [productId]),
    () => logWatch.generation(productId),
  );
  useEffect(() => {
    useExtrasData.setState({ aging: computed.get(productId)?.result ?? null });
    return () => useExtrasData.setState({ aging: null });
  }, [productId]);
  useEffect(() => {
    const today = dayOf(new Date());
    let current = true;
    let cancel = () => {};
    const compute = () =>
      bringUpToDate(productId, `${signature}|${today}`, today).then(
        (aging) => {
          if (!current) return;
          if (aging === INTERRUPTED) cancel = whenQuiet(() => void compute());
          else if (aging !== undefined) useExtrasData.setState({ aging });
        },
        // The markers are a hint: a failed replay leaves the last ones (or none) rather than an error on the board.
        (error: unknown) => console.warn('Age markers not computed', error),
      );
    cancel = whenQuiet(() => void compute());
    return () => {
      current = false;
      cancel();
    };
  }, [productId, signature]);
  return null;
}
