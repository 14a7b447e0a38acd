// Monte Carlo forecasts from historical throughput, as in the flow-metrics
// literature (Vacanti, Magennis): each trial draws a past period's throughput
// at random for every period ahead. 10,000 trials by default, with a seeded
// PRNG so the same history and seed give the same answer everywhere.
// Confidence reads the way a plan needs it:
// - how many by a date: at 85 % confidence, 85 % of trials finished at least that many;
// - when N items are done: at 85 % confidence, 85 % of trials finished by that period.
import { mulberry32 } from '../random';
import { percentileOfSorted, type FlowPercentile } from './percentiles';

export const FORECAST_TRIALS = 10_000;
export const FORECAST_CONFIDENCE = [50, 85, 95] as const satisfies readonly FlowPercentile[];
/** A "when" trial stops here (about ten years of days): a history of mostly zeros must still end. */
export const FORECAST_MAX_PERIODS = 3650;

export interface ForecastOptions {
  /** Throughput of each past period (day or week), zeros included. */
  samples: readonly number[];
  seed: number;
  trials?: number;
}

export type ConfidenceValues = Record<(typeof FORECAST_CONFIDENCE)[number], number>;

export type ForecastResult =
  | { ok: true; values: ConfidenceValues }
  /** No history, or nothing finished in it: there is nothing to draw from. */
  | { ok: false; reason: 'noHistory' | 'noThroughput' };

function refusal(samples: readonly number[]): ForecastResult | null {
  if (samples.length === 0) return { ok: false, reason: 'noHistory' };
  if (!samples.some((n) => n > 0)) return { ok: false, reason: 'noThroughput' };
  return null;
}

/** Items finished within the next `periods` periods, at each confidence. */
export function forecastHowMany(options: ForecastOptions & { periods: number }): ForecastResult {
  const refused = refusal(options.samples);
  if (refused) return refused;
  const { samples, periods } = options;
  const next = mulberry32(options.seed);
  const trials = options.trials ?? FORECAST_TRIALS;
  const totals = new Float64Array(trials);
  for (let t = 0; t < trials; t++) {
    let sum = 0;
    for (let p = 0; p < periods; p++) sum += samples[Math.floor(next() * samples.length)]!;
    totals[t] = sum;
  }
  totals.sort();
  const sorted = Array.from(totals);
  // "At least this many in c % of trials" is the (100 − c)th percentile from below.
  const at = (c: number) => percentileOfSorted(sorted, 100 - c) ?? 0;
  return { ok: true, values: { 50: at(50), 85: at(85), 95: at(95) } };
}

/** Periods from now until `items` more are finished, at each confidence (1 = within the next period). */
export function forecastWhen(options: ForecastOptions & { items: number }): ForecastResult {
  const refused = refusal(options.samples);
  if (refused) return refused;
  const { samples, items } = options;
  if (items <= 0) return { ok: true, values: { 50: 0, 85: 0, 95: 0 } };
  const next = mulberry32(options.seed);
  const trials = options.trials ?? FORECAST_TRIALS;
  const periods = new Float64Array(trials);
  for (let t = 0; t < trials; t++) {
    let done = 0;
    let p = 0;
    while (done < items && p < FORECAST_MAX_PERIODS) {
      done += samples[Math.floor(next() * samples.length)]!;
      p += 1;
    }
    periods[t] = p;
  }
  periods.sort();
  const sorted = Array.from(periods);
  const at = (c: number) => percentileOfSorted(sorted, c) ?? 0;
  return { ok: true, values: { 50: at(50), 85: at(85), 95: at(95) } };
}
