// Story points as the iteration views show them.
import { formatNumber } from '../../i18n/format';

export function formatPoints(points: number, locale: string): string {
  return formatNumber(points, locale, 1);
}
