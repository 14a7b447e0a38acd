// The review summary's words in the UI language, for the Markdown (and PDF) export.
import type { SummaryLabels } from '../../domain/review/summaryMarkdown';
import type { SummaryPeriod } from '../../domain/review/summary';
import { VERDICTS, type Verdict } from '../../domain/types';
import { formatPercent } from '../../i18n/format';
import { formatMonth } from '../../i18n/formatTime';
import type { Translate } from '../../i18n/translate';
import { metricText } from './metricText';

export function periodName(start: string, period: SummaryPeriod, t: Translate, locale: string): string {
  if (period === 'month') return formatMonth(start, locale);
  const [year, month] = start.split('-').map(Number) as [number, number];
  return t('review.summary.quarterName', { year, quarter: Math.floor((month - 1) / 3) + 1 });
}

export function summaryLabels(productName: string, period: SummaryPeriod, t: Translate, locale: string): SummaryLabels {
  return {
    title: t('review.summary.title', { product: productName }),
    periodHeading: (start) => periodName(start, period, t, locale),
    verdict: Object.fromEntries(VERDICTS.map((v) => [v, t(`review.verdict.${v}`)])) as Record<Verdict, string>,
    verdictsHeading: t('review.verdict'),
    hitRate: t('review.hitRate'),
    noHitRate: t('review.hitRate.none'),
    percent: (rate) => formatPercent(rate, locale),
    learningsHeading: t('review.summary.learningsHeading'),
    noLearnings: t('review.summary.noLearnings'),
    metric: (r) => (r.successMetric ? metricText(r.successMetric, t, locale) : ''),
  };
}
