// Percentiles by the nearest-rank method: the value at rank ⌈p/100 × n⌉ of the
// sorted list. Always a value that was observed (no interpolation), which is
// what "85 % of items finished within N days" means to a reader.

/** The nearest-rank percentile of `values` (any order); null for an empty list. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return percentileOfSorted(sorted, p);
}

/** As `percentile`, for a list already sorted ascending (the forecast sorts 10,000 trials once). */
export function percentileOfSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}

export const FLOW_PERCENTILES = [50, 85, 95] as const;
export type FlowPercentile = (typeof FLOW_PERCENTILES)[number];
export type Percentiles = Record<FlowPercentile, number | null>;

export function flowPercentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  return { 50: percentileOfSorted(sorted, 50), 85: percentileOfSorted(sorted, 85), 95: percentileOfSorted(sorted, 95) };
}
