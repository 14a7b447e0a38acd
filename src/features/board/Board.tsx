import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { dayOf } from '../../domain/dates';
import type { SearchIndex } from '../../domain/filters/search';
import { filtersActive } from '../../domain/filters/types';
import type { Member, Requirement } from '../../domain/types';
import { whenIdle } from '../../state/afterPaint';
import { keepFiltersFor, useBoardUi, setActiveDrag } from '../../state/boardUi';
import { loadFilterEngine, SearchBar, useFilterEngine } from '../search';
import { filterColumnIds } from './filter';
import { idsOf } from './columns';
import { useArchivedRows } from './useArchivedRows';
import { MOUSE_ACTIVATION, TOUCH_ACTIVATION } from '../../ui/dragActivation';
import { stageDisplayName } from '../../ui/stageName';
import { useT } from '../../ui/useT';
import { boardAnnouncements, describePlace, type Lookup } from './drag/announcements';
import { boardCollision } from './drag/collision';
import { createLocatorRegistry } from './drag/columnLocator';
import { insertionIndex, placeAt, stageOf, type ColumnIds } from './drag/dragPreview';
import { boardKeyboardCoordinates } from './drag/keyboardMoves';
import { CardBody } from './RequirementCard';
import { loadCardExtras, useCardExtras } from './extrasSlot';
import { loadBoardHistory } from './loadBoardHistory';
import type { CardScore } from '../../domain/scoring/types';
import { ColumnsScroller } from './ColumnsScroller';
import { StageColumn } from './StageColumn';
import { useBoardData } from './useBoardData';
import { anyPlanned, filterByIterations } from './iterationFilter';
import { resetBoardIterations, useIterationBoard } from '../../state/iterationBoard';
import { useDropCommit } from './useDropCommit';
import './board.css';

const EMPTY_INDEX: SearchIndex = new Map();
const EMPTY_ROWS: ReadonlyMap<string, Requirement> = new Map();

function knownIds(data: { stages: { id: string }[]; members: Map<string, unknown> } | undefined) {
  return data && { stages: new Set(data.stages.map((s) => s.id)), members: new Set(data.members.keys()) };
}
const BoardIterations = lazy(() => import('./BoardIterations').then((m) => ({ default: m.BoardIterations })));

interface BoardProps {
  productId: string;
  productName: string;
  /** The score the product shows on its cards. */
  cardScore: CardScore;
}

export function Board({ productId, productName, cardScore }: BoardProps) {
  const t = useT();
  // Each page of the board, as it loads, is folded into the search index when the browser is idle:
  // at 100,000 rows folding them all at once held a search typed during the load for 400+ ms.
  const membersRef = useRef<ReadonlyMap<string, Member>>(new Map());
  const warmSearch = useCallback((rows: readonly Requirement[]) => {
    void whenIdle()
      .then(loadFilterEngine)
      .then((engine) => engine.warmBoardIndex(rows, membersRef.current));
  }, []);
  const data = useBoardData(productId, warmSearch);
  if (data) membersRef.current = data.members;
  const extras = useCardExtras();
  // Badges, tag colours, the undo entries of moves and the search engine follow once the first screen
  // is on it and the browser is idle: they never hold it up.
  const painted = data !== undefined;
  useEffect(() => {
    if (!painted) return;
    let live = true;
    void whenIdle().then(() => {
      if (!live) return;
      loadCardExtras();
      void loadBoardHistory();
      void loadFilterEngine();
    });
    return () => {
      live = false;
    };
  }, [painted]);
  const activeId = useBoardUi((s) => s.activeDragId);
  const filters = useBoardUi((s) => s.filters);
  // Filters belong to the product they were set on.
  useEffect(() => keepFiltersFor(productId), [productId]);
  const [preview, setPreviewState] = useState<ColumnIds | null>(null);

  const allIds = useMemo(() => {
    const ids: ColumnIds = {};
    if (data) for (const [stageId, rows] of Object.entries(data.columns)) ids[stageId] = idsOf(rows);
    return ids;
  }, [data]);
  const filtering = filtersActive(filters);
  const engine = useFilterEngine(filtering, true);
  // The archived filter shows archived requirements in their stages instead of the active ones.
  const archivedRows = useArchivedRows(productId, filters.archived);
  const source = useMemo(() => {
    if (!filters.archived) return { ids: allIds, byId: data?.byId ?? EMPTY_ROWS };
    const ids: ColumnIds = {};
    const byId = new Map<string, Requirement>();
    for (const stage of data?.stages ?? []) ids[stage.id] = [];
    for (const r of archivedRows ?? []) {
      ids[r.stageId]?.push(r.id);
      byId.set(r.id, r);
    }
    return { ids, byId };
  }, [filters.archived, allIds, data, archivedRows]);
  // Built in idle time once the engine is in and kept in step with the rows, so the first keystroke
  // finds it ready (features/search/boardIndex.ts).
  const searching = filters.q.trim() !== '';
  const searchIndex = useMemo(
    () =>
      (engine &&
        data &&
        engine.boardSearchIndex(source.byId, data.members, searching, data.complete || filters.archived)) ||
      EMPTY_INDEX,
    [engine, data, searching, source, filters.archived],
  );
  const activeOnly = useIterationBoard((s) => (s.activeOnly ? s.activeIds : null));
  const planned = useMemo(() => (data ? anyPlanned(data.byId) : false), [data]);
  useEffect(() => () => resetBoardIterations(), []);
  const iterationIds = useMemo(() => filterByIterations(source.ids, source.byId, activeOnly), [source, activeOnly]);
  const passes = useMemo(
    () =>
      engine && filtering
        ? engine.compileFilters(filters, {
            today: dayOf(new Date()),
            cardScore,
            index: searchIndex,
            known: knownIds(data),
          })
        : null,
    [engine, filtering, filters, cardScore, searchIndex, data],
  );
  const baseIds = useMemo(() => filterColumnIds(iterationIds, source.byId, passes), [iterationIds, source, passes]);
  const shown = useMemo(() => Object.values(baseIds).reduce((sum, ids) => sum + ids.length, 0), [baseIds]);
  const columnIds = preview ?? baseIds;
  // Callbacks handed to dnd-kit read the latest columns without being re-created every render.
  // The ref runs ahead of rendering while dragging: a move reads the preview the last move made.
  const columnsRef = useRef(columnIds);
  columnsRef.current = columnIds;
  const dataRef = useRef(data);
  dataRef.current = data;
  const setPreview = useCallback((next: ColumnIds | null) => {
    if (next) columnsRef.current = next;
    setPreviewState(next);
  }, []);
  const activeRef = useRef<string | null>(null);
  const keyboardDrag = useRef(false);
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const locators = useMemo(() => createLocatorRegistry(), []);

  const movedRef = useRef<(id: string) => void>(() => {});
  const keyboardOptions = useMemo(
    () => ({
      coordinateGetter: boardKeyboardCoordinates({
        columns: () => columnsRef.current,
        stageOrder: () => dataRef.current?.stages.map((s) => s.id) ?? [],
        locator: locators.get,
        setPreview,
        movedWithinColumn: (id) => movedRef.current(id),
      }),
      // Enter is left to open the card; Space lifts and drops, as the instructions say.
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
    [locators, setPreview],
  );
  const sensors = useSensors(
    useSensor(MouseSensor, MOUSE_ACTIVATION),
    // A short press lifts on touch, so a swipe still scrolls the column.
    useSensor(TouchSensor, TOUCH_ACTIVATION),
    useSensor(KeyboardSensor, keyboardOptions),
  );

  const collisionDetection = useMemo(
    () =>
      boardCollision(lastOver, () => {
        const id = activeRef.current;
        return keyboardDrag.current && id !== null ? stageOf(columnsRef.current, id) : null;
      }),
    [],
  );
  const commitDrop = useDropCommit(data);

  const stageName = useCallback(
    (stageId: string) => {
      const stage = dataRef.current?.stages.find((s) => s.id === stageId);
      return stage ? stageDisplayName(stage, t) : '';
    },
    [t],
  );
  const lookup = useMemo<Lookup>(
    () => ({
      title: (id) => dataRef.current?.byId.get(id)?.title ?? '',
      stageName,
      columns: () => columnsRef.current,
      savedStageOf: (id) => dataRef.current?.byId.get(id)?.stageId ?? null,
    }),
    [stageName],
  );
  const announcements = useMemo(() => boardAnnouncements(t, lookup), [t, lookup]);
  const [placeMessage, setPlaceMessage] = useState('');
  movedRef.current = (id: string) => setPlaceMessage(describePlace(t, lookup, id));

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    lastOver.current = null;
    activeRef.current = String(active.id);
    keyboardDrag.current = activatorEvent instanceof KeyboardEvent;
    setPreview(baseIds);
    setActiveDrag(String(active.id));
  };

  // Pointer drags: the column under the pointer, and the slot under the dragged card's middle.
  const placeFromPointer = ({ active, over }: DragMoveEvent | DragEndEvent): ColumnIds => {
    const columns = columnsRef.current;
    if (keyboardDrag.current || !over) return columns;
    const activeKey = String(active.id);
    const stageId = String(over.id);
    const rect = active.rect.current.translated;
    if (!rect || !(stageId in columns)) return columns;
    const hit = locators.get(stageId)?.hit(rect.top + rect.height / 2) ?? null;
    const index = insertionIndex(columns[stageId] ?? [], activeKey, hit);
    return index === null ? columns : placeAt(columns, activeKey, stageId, index);
  };

  const onDragMove = (event: DragMoveEvent) => {
    const next = placeFromPointer(event);
    if (next !== columnsRef.current) setPreview(next);
  };

  const endDrag = () => {
    setPlaceMessage('');
    activeRef.current = null;
    keyboardDrag.current = false;
    setActiveDrag(null);
    // State only: the announcement of the drop still reads the preview from the ref.
    setPreviewState(null);
  };

  const onDragEnd = (event: DragEndEvent) => {
    // Moves queued behind a busy frame may never have reached onDragMove: place by where the card was let go.
    const final = placeFromPointer(event);
    columnsRef.current = final;
    endDrag();
    if (event.over) commitDrop(String(event.active.id), baseIds, final);
  };

  if (!data) return <p className="board__loading">{t('app.loading')}</p>;
  // A drag preview moves a card between stages before it is saved; counts and WIP follow it.
  const stageTotal = (stageId: string) =>
    (data.counts[stageId] ?? 0) + (columnIds[stageId]?.length ?? 0) - (baseIds[stageId]?.length ?? 0);
  const activeRequirement = activeId ? data.byId.get(activeId) : undefined;

  return (
    <>
      {extras && <extras.BoardExtras productId={productId} cardScore={cardScore} />}
      <div className="board" aria-label={t('board.label', { product: productName })} role="region">
        <SearchBar productId={productId} shown={shown} total={data.total} requirements={() => data.byId.values()}>
          {(planned || activeOnly) && (
            <Suspense fallback={null}>
              <BoardIterations productId={productId} />
            </Suspense>
          )}
        </SearchBar>
        <div role="status" aria-live="assertive" aria-atomic="true" className="visually-hidden">
          {placeMessage}
        </div>
        {data.total === 0 && (
          <div className="board__empty">
            <h2>{t('board.empty.title')}</h2>
            <p>{t('board.empty.body')}</p>
          </div>
        )}
        <DndContext
          sensors={sensors}
          collisionDetection={collisionDetection}
          onDragStart={onDragStart}
          onDragMove={onDragMove}
          onDragEnd={onDragEnd}
          onDragCancel={endDrag}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
        >
          <ColumnsScroller stageCount={data.stages.length}>
            {data.stages.map((stage) => (
              <StageColumn
                key={stage.id}
                productId={productId}
                stage={stage}
                name={stageDisplayName(stage, t)}
                ids={columnIds[stage.id] ?? []}
                total={stageTotal(stage.id)}
                byId={source.byId}
                members={data.members}
                registerLocator={locators.register}
                unloaded={
                  data.complete || filtering || activeOnly !== null
                    ? 0
                    : Math.max(0, (data.counts[stage.id] ?? 0) - (data.columns[stage.id]?.length ?? 0))
                }
              />
            ))}
          </ColumnsScroller>
          {/* No drop animation: the card is already at its new place (pending move), and a second drag can start at once. */}
          <DragOverlay dropAnimation={null}>
            {activeRequirement && (
              <div className="card card--overlay">
                <CardBody
                  requirement={activeRequirement}
                  owner={activeRequirement.ownerId ? data.members.get(activeRequirement.ownerId) : undefined}
                />
              </div>
            )}
          </DragOverlay>
        </DndContext>
      </div>
    </>
  );
}
