// The review summary as Markdown for the retrospective meeting's wiki page.
// domain cannot import i18n: the words and the formatted period names come in.
import type { Verdict } from '../types';
import type { PeriodSummary, ReviewedRequirement } from './summary';

export interface SummaryLabels {
  title: string;
  /** "Review of {period}" already formatted per period start. */
  periodHeading: (start: string) => string;
  verdict: Record<Verdict, string>;
  verdictsHeading: string;
  hitRate: string;
  /** Shown for a hit rate with no conclusive verdict. */
  noHitRate: string;
  percent: (rate: number) => string;
  learningsHeading: string;
  noLearnings: string;
  metric: (r: ReviewedRequirement) => string;
}

/** Escapes what Markdown would read as markup in a single-line text (a title). */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

export function reviewSummaryMarkdown(
  periods: readonly PeriodSummary<ReviewedRequirement>[],
  labels: SummaryLabels,
): string {
  const lines: string[] = [`# ${inline(labels.title)}`, ''];
  for (const period of periods) {
    lines.push(`## ${inline(labels.periodHeading(period.start))}`, '');
    lines.push(`| ${labels.verdictsHeading} | # |`, '| --- | ---: |');
    for (const verdict of Object.keys(period.counts) as Verdict[]) {
      lines.push(`| ${labels.verdict[verdict]} | ${period.counts[verdict]} |`);
    }
    const rate = period.hitRate === null ? labels.noHitRate : labels.percent(period.hitRate);
    lines.push('', `**${labels.hitRate}:** ${rate}`, '', `### ${labels.learningsHeading}`, '');
    for (const r of period.reviewed) {
      const verdict = r.verdict === null ? '' : ` — ${labels.verdict[r.verdict]}`;
      lines.push(`#### ${inline(r.title)}${verdict}`, '');
      const metric = labels.metric(r);
      if (metric) lines.push(`_${inline(metric)}_`, '');
      // Learnings are Markdown already; headings inside them drop below this document's levels.
      const learnings = r.learnings.trim().replace(/^(#{1,4})(?=\s)/gm, '#####');
      lines.push(learnings === '' ? labels.noLearnings : learnings, '');
    }
  }
  return lines.join('\n');
}
