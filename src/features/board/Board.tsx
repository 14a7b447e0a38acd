import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useBoardUi, setActiveDrag, setBoardFilter } from '../../state/boardUi';
import { BoardToolbar } from './BoardToolbar';
import { buildSearchIndex, filterColumnIds } from './filter';
import { stageDisplayName } from '../../ui/stageName';
import { useT } from '../../ui/useT';
import { boardAnnouncements } from './drag/announcements';
import { boardCollision } from './drag/collision';
import { previewMove, stageOf, type ColumnIds } from './drag/dragPreview';
import { CardBody } from './RequirementCard';
import { StageColumn } from './StageColumn';
import { useBoardData } from './useBoardData';
import { useDropCommit } from './useDropCommit';
import './board.css';

interface BoardProps {
  productId: string;
  productName: string;
}

export function Board({ productId, productName }: BoardProps) {
  const t = useT();
  const data = useBoardData(productId);
  const activeId = useBoardUi((s) => s.activeDragId);
  const filter = useBoardUi((s) => s.filter);
  // A search belongs to the product it was typed on.
  useEffect(() => () => setBoardFilter(''), []);
  const [preview, setPreview] = useState<ColumnIds | null>(null);

  const allIds = useMemo(() => {
    const ids: ColumnIds = {};
    if (data) for (const [stageId, rows] of Object.entries(data.columns)) ids[stageId] = rows.map((r) => r.id);
    return ids;
  }, [data]);
  const searchIndex = useMemo(() => (data ? buildSearchIndex(data.byId.values(), data.members) : new Map<string, string>()), [data]);
  const baseIds = useMemo(() => filterColumnIds(allIds, searchIndex, filter), [allIds, searchIndex, filter]);
  const shown = useMemo(() => Object.values(baseIds).reduce((sum, ids) => sum + ids.length, 0), [baseIds]);
  const columnIds = preview ?? baseIds;
  // Callbacks handed to dnd-kit read the latest columns without being re-created every render.
  const columnsRef = useRef(columnIds);
  columnsRef.current = columnIds;
  const dataRef = useRef(data);
  dataRef.current = data;
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const settling = useRef(false);
  // A preview in a new column holds the target until the frame after it is painted and measured.
  useEffect(() => {
    if (!settling.current) return;
    const frame = requestAnimationFrame(() => {
      settling.current = false;
    });
    return () => cancelAnimationFrame(frame);
  }, [preview]);

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    // A short press lifts on touch, so a swipe still scrolls the column.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      // Enter is left to open the card; Space lifts and drops, as the instructions say.
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const collisionDetection = useMemo(
    () =>
      boardCollision(
        () => columnsRef.current,
        lastOver,
        () => settling.current,
      ),
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
  const announcements = useMemo(
    () =>
      boardAnnouncements(t, {
        title: (id) => dataRef.current?.byId.get(id)?.title ?? '',
        stageName,
        columns: () => columnsRef.current,
        savedStageOf: (id) => dataRef.current?.byId.get(id)?.stageId ?? null,
      }),
    [t, stageName],
  );

  const onDragStart = ({ active }: DragStartEvent) => {
    lastOver.current = null;
    settling.current = false;
    setPreview(baseIds);
    setActiveDrag(String(active.id));
  };

  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    const activeKey = String(active.id);
    const overKey = String(over.id);
    setPreview((current) => {
      const columns = current ?? baseIds;
      // Inside one column the sortable strategy animates the gap; only a change of column needs a new preview.
      if (stageOf(columns, activeKey) === stageOf(columns, overKey)) return columns;
      const dragged = active.rect.current.translated;
      const below = dragged !== null && dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2;
      const next = previewMove(columns, activeKey, overKey, below);
      if (next !== columns) {
        settling.current = true;
        lastOver.current = activeKey;
      }
      return next;
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const columns = columnsRef.current;
    setActiveDrag(null);
    setPreview(null);
    if (!over) return;
    const activeKey = String(active.id);
    const overKey = String(over.id);
    let final = columns;
    const stageId = stageOf(columns, activeKey);
    if (stageId !== null && stageId === stageOf(columns, overKey) && overKey !== activeKey && overKey !== stageId) {
      const ids = columns[stageId] ?? [];
      final = previewMove(columns, activeKey, overKey, ids.indexOf(activeKey) < ids.indexOf(overKey));
    }
    commitDrop(activeKey, baseIds, final);
  };

  const onDragCancel = () => {
    setActiveDrag(null);
    setPreview(null);
  };

  if (!data) return <p className="board__loading">{t('app.loading')}</p>;
  // A drag preview moves a card between stages before it is saved; counts and WIP follow it.
  const stageTotal = (stageId: string) =>
    (data.columns[stageId]?.length ?? 0) + (columnIds[stageId]?.length ?? 0) - (baseIds[stageId]?.length ?? 0);
  const activeRequirement = activeId ? data.byId.get(activeId) : undefined;

  return (
    <div className="board" aria-label={t('board.label', { product: productName })} role="region">
      <BoardToolbar shown={shown} total={data.total} />
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
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
      >
        <div className="board__columns">
          {data.stages.map((stage) => (
            <StageColumn
              key={stage.id}
              productId={productId}
              stage={stage}
              name={stageDisplayName(stage, t)}
              ids={columnIds[stage.id] ?? []}
              total={stageTotal(stage.id)}
              byId={data.byId}
              members={data.members}
            />
          ))}
        </div>
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
  );
}
