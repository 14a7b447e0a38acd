// Verdicts summed up: the hit rate of a set of reviewed requirements, and the
// review summary per month or quarter for the retrospective meeting.
import { startOfPeriod } from '../roadmap/days';
import { type Requirement, type Verdict } from '../types';

export type VerdictCounts = Record<Verdict, number>;

export function countVerdicts(requirements: readonly Pick<Requirement, 'verdict'>[]): VerdictCounts {
  const counts: VerdictCounts = { hit: 0, partly: 0, missed: 0, inconclusive: 0 };
  for (const r of requirements) if (r.verdict !== null) counts[r.verdict] += 1;
  return counts;
}

/**
 * Hits among the conclusive verdicts (hit, partly, missed), from 0 to 1: an
 * inconclusive review says nothing about the bet, so it counts neither way.
 * Null when there is no conclusive verdict.
 */
export function hitRate(counts: VerdictCounts): number | null {
  const conclusive = counts.hit + counts.partly + counts.missed;
  return conclusive === 0 ? null : counts.hit / conclusive;
}

export type SummaryPeriod = 'month' | 'quarter';

export type ReviewedRequirement = Pick<
  Requirement,
  'id' | 'title' | 'verdict' | 'reviewedAt' | 'learnings' | 'successMetric'
>;

export interface PeriodSummary<R> {
  /** First day of the month or quarter, YYYY-MM-DD. */
  start: string;
  counts: VerdictCounts;
  hitRate: number | null;
  /** Reviewed in this period, in the order they were reviewed. */
  reviewed: R[];
}

/**
 * Reviewed requirements grouped by the month or quarter of their review
 * (`dayOf` turns reviewedAt into a local day), newest period first.
 */
export function reviewSummary<R extends ReviewedRequirement>(
  requirements: readonly R[],
  period: SummaryPeriod,
  dayOf: (at: string) => string,
): PeriodSummary<R>[] {
  const byStart = new Map<string, R[]>();
  const reviewed = requirements
    .filter((r) => r.verdict !== null && r.reviewedAt !== null)
    .sort((a, b) => ((a.reviewedAt ?? '') < (b.reviewedAt ?? '') ? -1 : 1));
  for (const r of reviewed) {
    const start = startOfPeriod(dayOf(r.reviewedAt ?? ''), period === 'month' ? 1 : 3);
    const list = byStart.get(start);
    if (list) list.push(r);
    else byStart.set(start, [r]);
  }
  return [...byStart.entries()]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([start, list]) => {
      const counts = countVerdicts(list);
      return { start, counts, hitRate: hitRate(counts), reviewed: list };
    });
}
