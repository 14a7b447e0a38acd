import { formatNumber } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import type { SuccessMetric } from '../../domain/types';

/** "Sign-in completion: baseline 71 % → target 85 % → actual —", in the UI language. */
export function metricText(metric: SuccessMetric, t: Translate, locale: string): string {
  const value = (n: number | null) =>
    n === null ? t('review.metric.none') : `${formatNumber(n, locale)}${metric.unit ? ` ${metric.unit}` : ''}`;
  return t('review.metric.values', {
    name: metric.name || t('review.metric.unnamed'),
    baseline: value(metric.baseline),
    target: value(metric.target),
    actual: value(metric.actual),
  });
}
