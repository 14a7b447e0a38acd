import { lazy, Suspense, useState, type ReactNode } from 'react';
import { filterCount, filtersActive, NO_FILTERS } from '../../domain/filters/types';
import { setFilters, useBoardUi } from '../../state/boardUi';
import type { Requirement } from '../../domain/types';
import { useLocale, useT } from '../../ui/useT';
import { formatNumber } from '../../i18n/format';

// The filter choices and saved views load on first use: the board's start-up carries only their buttons.
const FilterPanel = lazy(() => import('../filters').then((m) => ({ default: m.FilterPanel })));
const SavedViewsMenu = lazy(() => import('../filters').then((m) => ({ default: m.SavedViewsMenu })));

/** Filters and saved views over the board or the table (the search box is in the header, HeaderSearch); `shown` of `total` requirements pass. */
export function SearchBar({
  productId,
  shown,
  total,
  requirements,
  children,
}: {
  productId: string;
  shown: number;
  total: number;
  /** The rows filters choose from (for the tags in use). */
  requirements: () => Iterable<Requirement>;
  /** More controls for the toolbar (the board's iteration switch). */
  children?: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  const filters = useBoardUi((s) => s.filters);
  const [open, setOpen] = useState<'filters' | 'views' | null>(null);
  const count = filterCount(filters);
  return (
    <div className="board__toolbar">
      <div className="board__toolbar-row">
        <button
          type="button"
          className="button"
          aria-expanded={open === 'filters'}
          onClick={() => setOpen(open === 'filters' ? null : 'filters')}
        >
          {count > 0 ? t('board.filter.openCount', { count }) : t('board.filter.open')}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={open === 'views'}
          onClick={() => setOpen(open === 'views' ? null : 'views')}
        >
          {t('board.views.open')}
        </button>
        {children}
        {filtersActive(filters) && (
          <>
            <span className="board__filter-count" role="status">
              {t('board.filter.count', { shown: formatNumber(shown, locale), total: formatNumber(total, locale) })}
            </span>
            {count > 0 && (
              <button type="button" className="button button--link" onClick={() => setFilters(NO_FILTERS)}>
                {t('board.filter.clear')}
              </button>
            )}
          </>
        )}
      </div>
      <Suspense fallback={null}>
        {open === 'filters' && (
          <FilterPanel productId={productId} requirements={requirements} onClose={() => setOpen(null)} />
        )}
        {open === 'views' && <SavedViewsMenu productId={productId} onClose={() => setOpen(null)} />}
      </Suspense>
    </div>
  );
}
