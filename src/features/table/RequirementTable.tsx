import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { dayOf } from '../../domain/dates';
import { compileFilters } from '../../domain/filters/predicate';
import { buildSearchIndex, type SearchIndex } from '../../domain/filters/search';
import { rankBetween } from '../../domain/ranking';
import { scoreOf } from '../../domain/scoring/score';
import type { BulkChange } from '../../db/tableAccess';
import { keepFiltersFor, useBoardUi } from '../../state/boardUi';
import { usePreferences } from '../../state/preferences';
import { useLocale, useT } from '../../ui/useT';
import { SearchBar, useFilterEngine } from '../search';
import { BulkBar } from './BulkBar';
import { EditLock } from '../../ui/EditLock';
import { ColumnChooser } from './ColumnChooser';
import { SORTABLE, sortRequirements, visibleColumns, type Sort, type TableColumn } from './columns';
import { TableExport } from './TableExport';
import { TableRow, type RowContext } from './TableRow';
import { useTableData } from './useTableData';
import { collator } from '../../i18n/formatText';
import { coarsePointer } from '../../ui/coarsePointer';
import './table.css';

// Matches .table__row's height in table.css: taller on a coarse pointer, where a cell's controls are 44 px.
const ROW_PX = coarsePointer ? 48 : 40;
const EMPTY_INDEX: SearchIndex = new Map();

const WIDTHS: Record<TableColumn, string> = {
  title: 'minmax(16rem, 3fr)',
  stage: '9.5rem',
  type: '7rem',
  priority: '5rem',
  score: '5rem',
  owner: '9rem',
  estimate: '6rem',
  due: '9.5rem',
  tags: '10rem',
  updated: '11rem',
};

function nextSort(current: Sort | null, column: TableColumn): Sort | null {
  if (current?.column !== column) return { column, direction: 'ascending' };
  // A third click goes back to board order.
  return current.direction === 'ascending' ? { column, direction: 'descending' } : null;
}

/** Every requirement of a product as rows: sortable, filterable, editable in place, and acted on in bulk. */
export function RequirementTable({ productId, productName }: { productId: string; productName: string }) {
  const t = useT();
  const locale = useLocale();
  const filters = useBoardUi((s) => s.filters);
  useEffect(() => keepFiltersFor(productId), [productId]);
  const data = useTableData(productId, filters.archived);
  const storedColumns = usePreferences((s) => s.tableColumns);
  const columns = useMemo(() => visibleColumns(storedColumns), [storedColumns]);
  const [sort, setSort] = useState<Sort | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());

  const searching = filters.q.trim() !== '';
  // The board's live index, followed in idle time, so the first keystroke at 100,000 rows does not
  // fold every row (features/search/boardIndex.ts); built here only until the engine has loaded.
  const engine = useFilterEngine(true);
  const index = useMemo(() => {
    if (!data) return EMPTY_INDEX;
    const live = engine?.boardSearchIndex(data.byId, data.members, searching);
    if (live) return live;
    return searching ? buildSearchIndex(data.rows, data.members) : EMPTY_INDEX;
  }, [engine, data, searching]);
  const scores = useMemo(() => {
    const map = new Map<string, number | null>();
    if (data && data.cardScore !== 'none') for (const r of data.rows) map.set(r.id, scoreOf(r.scores, data.cardScore));
    return map;
  }, [data]);
  // Sorted once per change of the rows or the sort, and filtered per keystroke: filtering keeps the
  // order, so typing in the search box never sorts 100,000 rows again.
  const sorted = useMemo(() => {
    if (!data) return [];
    const stageOrder = new Map(data.stages.map((s, i) => [s.id, i]));
    return sortRequirements(data.rows, sort, { stageOrder, members: data.members, scores, collator: collator(locale) });
  }, [data, sort, scores, locale]);
  const shown = useMemo(() => {
    if (!data) return [];
    const known = { stages: new Set(data.stages.map((s) => s.id)), members: new Set(data.members.keys()) };
    const passes = compileFilters(filters, { today: dayOf(new Date()), cardScore: data.cardScore, index, known });
    return sorted.filter(passes);
  }, [data, sorted, filters, index]);
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const selectedIds = useMemo(() => shown.filter((r) => selected.has(r.id)).map((r) => r.id), [shown, selected]);

  const anchor = useRef<number | null>(null);
  const onSelect = useCallback((id: string, at: number, on: boolean, range: boolean) => {
    // Read now: React may run the updater after the anchor below has moved.
    const start = range && anchor.current !== null ? anchor.current : at;
    const rows = shownRef.current;
    setSelected((previous) => {
      const next = new Set(previous);
      const from = Math.min(start, at);
      const to = Math.max(start, at);
      for (let i = from; i <= to; i++) {
        const rowId = i === at ? id : rows[i]?.id;
        if (rowId === undefined) continue;
        if (on) next.add(rowId);
        else next.delete(rowId);
      }
      return next;
    });
    anchor.current = at;
  }, []);

  const rowsRef = useRef(data?.rows);
  rowsRef.current = data?.rows;
  const context = useMemo<RowContext | null>(
    () =>
      data === undefined
        ? null
        : {
            stages: data.stages,
            members: data.members,
            topRankOf: (stageId) => {
              let first: string | null = null;
              for (const r of rowsRef.current ?? [])
                if (r.stageId === stageId && r.state === 'active' && (first === null || r.rank < first)) first = r.rank;
              return rankBetween(null, first);
            },
          },
    [data],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_PX,
    overscan: 8,
    getItemKey: (i) => shown[i]?.id ?? i,
  });

  if (!data || !context) return <p className="board__loading">{t('app.loading')}</p>;

  const allShownSelected = shown.length > 0 && selectedIds.length === shown.length;
  const template = { '--table-columns': `2.5rem 4.5rem ${columns.map((c) => WIDTHS[c]).join(' ')}` } as CSSProperties;
  const onBulkDone = (change: BulkChange) => {
    // Archived or deleted rows leave the list; keeping them selected would act on what is not shown.
    if (change.kind === 'archive' || change.kind === 'delete') setSelected(new Set());
  };

  return (
    <div className="table-view" role="region" aria-label={t('table.label', { product: productName })}>
      <SearchBar productId={productId} shown={shown.length} total={data.rows.length} requirements={() => data.rows} />
      <div className="table__controls">
        <ColumnChooser columns={columns} />
        <TableExport
          view={() => ({ productName, rows: shown, columns, scores, stages: data.stages, members: data.members })}
        />
        {selectedIds.length > 0 && (
          <EditLock productId={productId}>
            <BulkBar
              ids={selectedIds}
              stages={data.stages}
              members={data.members}
              onDone={onBulkDone}
              onClear={() => setSelected(new Set())}
            />
          </EditLock>
        )}
      </div>
      <div className="table__scroll" ref={scrollRef}>
        <div
          role="table"
          className="table"
          aria-label={t('table.label', { product: productName })}
          aria-rowcount={shown.length + 1}
          style={template}
        >
          <div role="rowgroup" className="table__head">
            <div role="row" aria-rowindex={1} className="table__row table__row--head">
              <div role="columnheader" className="table__cell table__cell--check">
                <input
                  type="checkbox"
                  aria-label={t('table.select.all')}
                  checked={allShownSelected}
                  ref={(node) => {
                    if (node) node.indeterminate = selectedIds.length > 0 && !allShownSelected;
                  }}
                  onChange={() => setSelected(allShownSelected ? new Set() : new Set(shown.map((r) => r.id)))}
                />
              </div>
              <div role="columnheader" className="table__cell">
                <span className="visually-hidden">{t('table.open')}</span>
              </div>
              {columns.map((column) => {
                const name = t(`table.col.${column}`);
                const direction = sort?.column === column ? sort.direction : undefined;
                return (
                  <div
                    key={column}
                    role="columnheader"
                    className="table__cell"
                    aria-sort={SORTABLE.has(column) ? (direction ?? 'none') : undefined}
                  >
                    {SORTABLE.has(column) ? (
                      <button type="button" className="table__sort" onClick={() => setSort((s) => nextSort(s, column))}>
                        {name}
                        <span aria-hidden="true">
                          {direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ''}
                        </span>
                      </button>
                    ) : (
                      name
                    )}
                  </div>
                );
              })}
            </div>
          </div>
          <div role="rowgroup" className="table__body" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = shown[item.index];
              if (!row) return null;
              return (
                <TableRow
                  key={row.id}
                  row={row}
                  index={item.index}
                  columns={columns}
                  score={scores.get(row.id) ?? null}
                  selected={selected.has(row.id)}
                  context={context}
                  style={{ transform: `translateY(${item.start}px)` }}
                  onSelect={onSelect}
                />
              );
            })}
          </div>
        </div>
        {shown.length === 0 && <p className="table__empty">{t('table.empty')}</p>}
      </div>
    </div>
  );
}
