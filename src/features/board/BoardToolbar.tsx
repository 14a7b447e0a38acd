import type { ReactNode } from 'react';
import { setBoardFilter, useBoardUi } from '../../state/boardUi';
import { useLocale, useT } from '../../ui/useT';

/** Search over the board: filters every column as you type. */
export function BoardToolbar({ shown, total, children }: { shown: number; total: number; children?: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const filter = useBoardUi((s) => s.filter);
  const number = new Intl.NumberFormat(locale);
  return (
    <div className="board__toolbar">
      <input
        type="search"
        className="board__filter"
        value={filter}
        aria-label={t('board.filter.label')}
        placeholder={t('board.filter.placeholder')}
        onChange={(event) => setBoardFilter(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setBoardFilter('');
        }}
      />
      {children}
      {filter.trim() !== '' && (
        <span className="board__filter-count" role="status">
          {t('board.filter.count', { shown: number.format(shown), total: number.format(total) })}
        </span>
      )}
    </div>
  );
}
