// Bins for the lead-time histogram: one day per bar while that gives 30 bars
// or fewer, then wider whole-day bins, so long tails stay readable.

export interface Bin {
  /** Days, both ends included. */
  from: number;
  to: number;
  count: number;
}

export const MAX_BINS = 30;

export function leadTimeHistogram(days: readonly number[]): Bin[] {
  if (days.length === 0) return [];
  const max = Math.max(...days);
  const width = Math.max(1, Math.ceil(max / MAX_BINS));
  const bins: Bin[] = [];
  for (let from = 1; from <= max; from += width) bins.push({ from, to: from + width - 1, count: 0 });
  for (const d of days) {
    const bin = bins[Math.floor((Math.max(1, d) - 1) / width)];
    if (bin) bin.count += 1;
  }
  return bins;
}
