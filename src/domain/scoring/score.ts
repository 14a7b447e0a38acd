// The prioritisation frameworks as pure functions. A score is null when any
// input it needs is missing: "not scored" must never read as a zero.
import type { CardScore, Kano, Moscow, Scores } from './types';

export type Framework = Exclude<CardScore, 'none'>;

/** RICE = reach × impact × confidence ÷ effort (Intercom's definition; confidence as a fraction). */
export function riceScore({ reach, impact, confidence, effort }: Scores['rice']): number | null {
  if (reach === null || impact === null || confidence === null || effort === null || effort <= 0) return null;
  return (reach * impact * (confidence / 100)) / effort;
}

/** ICE = impact × confidence × ease, each 1–10 (so 1–1000). */
export function iceScore({ impact, confidence, ease }: Scores['ice']): number | null {
  if (impact === null || confidence === null || ease === null) return null;
  return impact * confidence * ease;
}

/** WSJF = cost of delay (business value + time criticality + risk reduction) ÷ job size (SAFe). */
export function wsjfScore({ businessValue, timeCriticality, riskReduction, jobSize }: Scores['wsjf']): number | null {
  if (businessValue === null || timeCriticality === null || riskReduction === null || jobSize === null || jobSize <= 0)
    return null;
  return (businessValue + timeCriticality + riskReduction) / jobSize;
}

const MOSCOW_RANK: Record<Moscow, number> = { must: 4, should: 3, could: 2, wont: 1 };
/** Kano categories ranked by how much building them pays: must-be first, reverse last. */
const KANO_RANK: Record<Kano, number> = {
  'must-be': 5,
  'one-dimensional': 4,
  attractive: 3,
  indifferent: 2,
  reverse: 1,
};

/**
 * A number to rank by, higher first; null when not scored. MoSCoW and Kano are
 * categories, ranked by their order.
 */
export function scoreOf(scores: Scores, framework: Framework): number | null {
  switch (framework) {
    case 'rice':
      return riceScore(scores.rice);
    case 'ice':
      return iceScore(scores.ice);
    case 'wsjf':
      return wsjfScore(scores.wsjf);
    case 'moscow':
      return scores.moscow === null ? null : MOSCOW_RANK[scores.moscow];
    case 'kano':
      return scores.kano === null ? null : KANO_RANK[scores.kano];
  }
}

/** Scored items by score (highest first), then the unscored in their given order. */
export function rankByScore<T>(items: readonly T[], score: (item: T) => number | null): T[] {
  const withScore = items.map((item, index) => ({ item, index, value: score(item) }));
  withScore.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? a.index - b.index : 1) : -1;
    return b.value - a.value || a.index - b.index;
  });
  return withScore.map((entry) => entry.item);
}
