// Keeps the board's age markers in step with the product's log, loaded only while
// they are switched on. The replay runs in the analytics worker; the result is
// kept per product, so a board opened again shows it at once and recomputes only
// once a write (any event) or a new day has changed what it was computed from.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { analyticsRepository, computeAgingInBackground } from '../../../db/analyticsAccess';
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
const noteInput = () => {
  lastInput = performance.now();
};

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

/** The markers for `key`, or undefined once a newer key was asked for (its caller takes over). */
async function bringUpToDate(productId: string, key: string, today: string): Promise<AgingCards | null | undefined> {
  wanted.set(productId, key);
  while (computed.get(productId)?.key !== key) {
    if (wanted.get(productId) !== key) return undefined;
    const pending = running.get(productId);
    if (pending) {
      await pending;
      continue;
    }
    const job = computeAgingInBackground({ kind: 'aging', productId, today }).then((result) => {
      computed.set(productId, { key, result });
    });
    running.set(productId, job);
    try {
      await job;
    } finally {
      running.delete(productId);
    }
  }
  return computed.get(productId)?.result ?? null;
}

export default function AgingData({ productId }: { productId: string }) {
  const signature = useLiveQuery(() => analyticsRepository.logSignature(productId), [productId]);
  useEffect(() => {
    useExtrasData.setState({ aging: computed.get(productId)?.result ?? null });
    return () => useExtrasData.setState({ aging: null });
  }, [productId]);
  useEffect(() => {
    if (signature === undefined) return;
    const today = dayOf(new Date());
    let current = true;
    const compute = () =>
      bringUpToDate(productId, `${signature}|${today}`, today).then(
        (aging) => current && aging !== undefined && useExtrasData.setState({ aging }),
        // The markers are a hint: a failed replay leaves the last ones (or none) rather than an error on the board.
        (error: unknown) => console.warn('Age markers not computed', error),
      );
    const cancel = whenQuiet(() => void compute());
    return () => {
      current = false;
      cancel();
    };
  }, [productId, signature]);
  return null;
}
