// The impact/effort 2×2: where a requirement's RICE impact and effort sit on
// the plot, and back. Positions are fractions of the plot (0 = left/top, 1 =
// right/bottom), so the mapping is the same at any size.
import { RICE_IMPACTS, type Scores } from './types';

export type RiceImpact = (typeof RICE_IMPACTS)[number];

/** Effort beyond this many person-months sits at the right edge. */
export const EFFORT_MAX = 12;
/** Drags snap effort to half person-months. */
export const EFFORT_STEP = 0.5;
/**
 * Below this effort is "low": up to two and a half person-months. Between two
 * snapped efforts, so no dot ever sits on the divider.
 */
export const EFFORT_SPLIT = 2.75;
/** At or above this impact is "high" (high and massive). */
export const IMPACT_SPLIT = 2;
/** The efforts the arrow keys step through. */
export const EFFORT_LADDER = [0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12] as const;
/** Efforts labelled under the plot. */
export const EFFORT_TICKS = [0.5, 1, 2, 3, 6, 12] as const;

export type Quadrant = 'quickWins' | 'bigBets' | 'fillIns' | 'moneyPits';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Horizontal position of an effort. A square-root scale: the difference between
 * a half and two person-months matters more than between ten and twelve.
 */
export function effortToX(effort: number): number {
  return Math.sqrt(clamp(effort, 0, EFFORT_MAX) / EFFORT_MAX);
}

/** The effort at a horizontal position, snapped to half person-months (never 0: effort divides). */
export function xToEffort(x: number): number {
  const raw = clamp(x, 0, 1) ** 2 * EFFORT_MAX;
  return clamp(Math.round(raw / EFFORT_STEP) * EFFORT_STEP, EFFORT_STEP, EFFORT_MAX);
}

/** Each impact has a band of equal height, massive at the top; a dot sits in its band's middle. */
export function impactToY(impact: RiceImpact): number {
  const band = RICE_IMPACTS.length - 1 - RICE_IMPACTS.indexOf(impact);
  return (band + 0.5) / RICE_IMPACTS.length;
}

/** The impact whose band holds a vertical position. */
export function yToImpact(y: number): RiceImpact {
  const band = clamp(Math.floor(clamp(y, 0, 1) * RICE_IMPACTS.length), 0, RICE_IMPACTS.length - 1);
  return RICE_IMPACTS[RICE_IMPACTS.length - 1 - band] as RiceImpact;
}

/** Where the horizontal divider sits: between the medium and high bands. */
export const IMPACT_SPLIT_Y = (RICE_IMPACTS.length - RICE_IMPACTS.indexOf(IMPACT_SPLIT)) / RICE_IMPACTS.length;
export const EFFORT_SPLIT_X = effortToX(EFFORT_SPLIT);

export function quadrantOf(impact: number, effort: number): Quadrant {
  const high = impact >= IMPACT_SPLIT;
  const low = effort < EFFORT_SPLIT;
  if (high) return low ? 'quickWins' : 'bigBets';
  return low ? 'fillIns' : 'moneyPits';
}

/** The next impact up (+1) or down (−1); stays put at either end. */
export function stepImpact(impact: RiceImpact, direction: 1 | -1): RiceImpact {
  const index = clamp(RICE_IMPACTS.indexOf(impact) + direction, 0, RICE_IMPACTS.length - 1);
  return RICE_IMPACTS[index] as RiceImpact;
}

/** The next effort on the ladder above (+1) or below (−1) the current one, whatever it is. */
export function stepEffort(effort: number, direction: 1 | -1): number {
  if (direction === 1) return EFFORT_LADDER.find((e) => e > effort) ?? Math.max(effort, EFFORT_MAX);
  return [...EFFORT_LADDER].reverse().find((e) => e < effort) ?? Math.min(effort, EFFORT_LADDER[0]);
}

/** A requirement's place on the matrix, or null when its impact or effort is missing (it is listed beside it). */
export function matrixPoint(scores: Scores): { impact: RiceImpact; effort: number } | null {
  const { impact, effort } = scores.rice;
  if (impact === null || effort === null || effort <= 0) return null;
  return { impact, effort };
}

/**
 * Dots at the same snapped place would hide each other: each in a group of n
 * gets a horizontal offset in dot widths, centred on the place.
 */
export function spreadOffsets(keys: readonly string[]): number[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    return index - ((counts.get(key) ?? 1) - 1) / 2;
  });
}
