// Long lists open with their first rows and grow on request: a product of 100,000 requirements
// rendered every one of them in the prioritise view's lists (17 s before it painted).
import { useState } from 'react';
import { formatNumber } from '../i18n/format';
import { useLocale, useT } from './useT';

/** Rows a list shows at first, and adds each time "Show more" is pressed. */
export const LIST_STEP = 200;

/** How many rows of a list to show, and the function that shows `LIST_STEP` more. */
export function useListLimit(): { limit: number; more: () => void } {
  const [limit, setLimit] = useState(LIST_STEP);
  return { limit, more: () => setLimit((n) => n + LIST_STEP) };
}

/** "Show 200 more" under a list that shows `shown` of `total` rows; nothing once all are shown. */
export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const t = useT();
  const locale = useLocale();
  if (shown >= total) return null;
  return (
    <p className="list-more">
      <span>{t('list.shownOf', { shown: formatNumber(shown, locale), total: formatNumber(total, locale) })}</span>{' '}
      <button type="button" className="button button--link" onClick={onMore}>
        {t('list.showMore', { count: formatNumber(Math.min(LIST_STEP, total - shown), locale) })}
      </button>
    </p>
  );
}
