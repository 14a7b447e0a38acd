// When the board's age markers are computed: only once the log and the person have been still,
// one computation per product at a time, a result kept per product, and a computation stopped
// the moment the person acts again (its reads would hold up the write that follows). Apart from
// AgingData so the rules can be tested without a worker or a browser.
import type { AgingCards } from '../../../domain/analytics/aging';

/** What `bringUpToDate` gives when input stopped the replay: try again at the next quiet moment. */
export const INTERRUPTED = Symbol('interrupted');

export type ComputeAging = (productId: string, today: string, signal: AbortSignal) => Promise<AgingCards | null>;

interface Clock {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (timer: unknown) => void;
}

export function createAgingRuns(compute: ComputeAging, quietMs: number, clock: Clock) {
  let lastInput = Number.NEGATIVE_INFINITY;
  let interrupt: AbortController | null = null;
  const computed = new Map<string, { key: string; result: AgingCards | null }>();
  const running = new Map<string, Promise<void>>();
  const wanted = new Map<string, string>();

  return {
    /** The person acted: postpones the next run and stops the one in flight. */
    noteInput(): void {
      lastInput = clock.now();
      interrupt?.abort(new DOMException('The person went on working', 'AbortError'));
    },

    /** Runs `run` once there was no input for `quietMs`; returns the cancel. */
    whenQuiet(run: () => void): () => void {
      let timer: unknown;
      const check = (delay: number) => {
        timer = clock.setTimeout(() => {
          const left = lastInput + quietMs - clock.now();
          if (left > 0) check(left);
          else run();
        }, delay);
      };
      check(quietMs);
      return () => clock.clearTimeout(timer);
    },

    /** The last markers computed for the product, if any. */
    latest: (productId: string): AgingCards | null => computed.get(productId)?.result ?? null,

    /**
     * The markers for `key`, or undefined once a newer key was asked for (its caller takes over),
     * or INTERRUPTED when input stopped the computation.
     */
    async bringUpToDate(
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
        const job = compute(productId, today, controller.signal).then((result) => {
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
    },
  };
}
