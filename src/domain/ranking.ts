// Order inside a column is a fractional-index string: a move writes one row,
// and keys never run out of precision the way float midpoints do.
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/** A rank strictly between `before` and `after`; null means "open end". */
export function rankBetween(before: string | null, after: string | null): string {
  // fractional-indexing 4 returns a wrong key for inverted bounds instead of throwing.
  if (before !== null && after !== null && before >= after) {
    throw new RangeError(`rank bounds out of order: ${before} >= ${after}`);
  }
  return generateKeyBetween(before, after);
}

/** `count` ascending ranks after `last` (for seeding and appending many). */
export function ranksAfter(last: string | null, count: number): string[] {
  return generateNKeysBetween(last, null, count);
}

/**
 * The rank that places an item at `index` among `ranks` (ascending, not
 * containing the moved item itself).
 */
export function rankAtIndex(ranks: readonly string[], index: number): string {
  const clamped = Math.max(0, Math.min(index, ranks.length));
  const before = ranks[clamped - 1] ?? null;
  let after = ranks[clamped] ?? null;
  // Two tabs inserting at the same spot can write equal ranks; land after the tie.
  if (before !== null && after !== null && after <= before) {
    after = ranks.find((rank) => rank > before) ?? null;
  }
  return rankBetween(before, after);
}

export function compareRanks(a: string, b: string): number {
  // Byte order, not locale order: fractional-indexing keys are base62 ASCII.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `count` ascending ranks before `first` (several cards placed at the top of a stage at once). */
export function ranksBefore(first: string | null, count: number): string[] {
  return generateNKeysBetween(null, first, count);
}
