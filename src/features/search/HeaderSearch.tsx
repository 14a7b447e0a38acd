import { setBoardFilter, useBoardUi } from '../../state/boardUi';
import { useT } from '../../ui/useT';
import { loadFilterEngine } from './engine';

/**
 * The search box in the app's header: it searches the board and the table (the filters and saved
 * views stay in their toolbar). The `/` shortcut finds it by its class.
 */
export function HeaderSearch() {
  const t = useT();
  const q = useBoardUi((s) => s.filters.q);
  return (
    <input
      type="search"
      className="board__filter"
      value={q}
      aria-label={t('board.filter.label')}
      aria-keyshortcuts="/"
      placeholder={t('board.filter.placeholder')}
      onFocus={() => void loadFilterEngine()}
      onChange={(event) => setBoardFilter(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setBoardFilter('');
      }}
    />
  );
}
