import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useMemo, useRef, useState, type CSSProperties } from 'react';
import { roadmapRepository } from '../../db/roadmapAccess';
import { dayOf } from '../../domain/dates';
import { rankAtIndex } from '../../domain/ranking';
import { HORIZONS, type Horizon, type Initiative } from '../../domain/roadmap/types';
import { openInitiativeEditor } from '../../state/roadmapUi';
import { Dialog } from '../../ui/Dialog';
import { MOUSE_ACTIVATION, TOUCH_ACTIVATION } from '../../ui/dragActivation';
import { useLocale, useT } from '../../ui/useT';
import { describeProgress, describeWhen } from './format';
import { groupByHorizon, horizonDropTarget, isHorizon, type HorizonColumns } from './horizonColumns';
import { recordInitiativeChange } from './roadmapHistory';
import { useTrackedSave } from '../../ui/useTrackedSave';
import { progressOf, type RoadmapData } from './useRoadmapData';

interface PendingDatedMove {
  initiative: Initiative;
  horizon: Horizon;
  rank: string;
}

/** The same initiatives as the timeline, as three columns; dragging between them sets the horizon. */
export function NowNextLater({ data }: { data: RoadmapData }) {
  const t = useT();
  const save = useTrackedSave();
  const today = dayOf(new Date());
  const columns = useMemo(() => groupByHorizon(data.initiatives, today), [data.initiatives, today]);
  const columnsRef = useRef(columns);
  columnsRef.current = columns;
  const [activeId, setActiveId] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<PendingDatedMove | null>(null);

  const sensors = useSensors(
    useSensor(MouseSensor, MOUSE_ACTIVATION),
    // On touch a short press lifts, as on the board and the iterations, so a swipe over the cards scrolls.
    useSensor(TouchSensor, TOUCH_ACTIVATION),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      // Enter opens the initiative; Space lifts and drops.
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] },
    }),
  );

  const announcements = useMemo<Announcements>(() => {
    const title = (id: string | number) => data.byId.get(String(id))?.title ?? '';
    const columnName = (id: string | number | undefined) => {
      if (id === undefined) return '';
      const key = String(id);
      const horizon = isHorizon(key) ? key : HORIZONS.find((h) => columnsRef.current[h].some((i) => i.id === key));
      return horizon ? t(`roadmap.horizon.${horizon}`) : '';
    };
    return {
      onDragStart: ({ active }) =>
        t('roadmap.dnd.pickedUp', { title: title(active.id), column: columnName(active.id) }),
      onDragOver: ({ active, over }) =>
        t('roadmap.dnd.over', { title: title(active.id), column: columnName(over?.id) }),
      onDragEnd: ({ active, over }) =>
        t('roadmap.dnd.dropped', { title: title(active.id), column: columnName(over?.id ?? active.id) }),
      onDragCancel: ({ active }) => t('roadmap.dnd.cancelled', { title: title(active.id) }),
    };
  }, [data.byId, t]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null);
    if (!over) return;
    const initiative = data.byId.get(String(active.id));
    const target = horizonDropTarget(columns, String(active.id), String(over.id));
    if (!initiative || !target) return;
    const ranks = columns[target.horizon].filter((i) => i.id !== initiative.id).map((i) => i.rank);
    const rank = rankAtIndex(ranks, target.index);
    const fromHorizon = HORIZONS.find((h) => columns[h].some((i) => i.id === initiative.id));
    if (initiative.start !== null && fromHorizon !== target.horizon) {
      // A dated initiative is where its dates put it: moving it means dropping the dates, so ask.
      setConfirm({ initiative, horizon: target.horizon, rank });
      return;
    }
    void save(roadmapRepository.setHorizon(initiative.id, target.horizon, rank)).then(
      (saved) => saved && recordInitiativeChange(initiative, saved, 'move'),
    );
  };

  const active = activeId ? data.byId.get(activeId) : undefined;

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        onDragStart={({ active: a }) => setActiveId(String(a.id))}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveId(null)}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('roadmap.dnd.instructions') } }}
      >
        <div className="horizons">
          {HORIZONS.map((horizon) => (
            <HorizonColumn key={horizon} horizon={horizon} columns={columns} data={data} />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>{active && <CardBody initiative={active} data={data} />}</DragOverlay>
      </DndContext>
      {confirm && (
        <Dialog open title={t('roadmap.horizons.datedTitle')} onClose={() => setConfirm(null)}>
          <p>
            {t('roadmap.horizons.datedBody', {
              title: confirm.initiative.title,
              horizon: t(`roadmap.horizon.${confirm.horizon}`),
            })}
          </p>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => setConfirm(null)}>
              {t('roadmap.horizons.keepDates')}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                const { initiative } = confirm;
                void save(
                  roadmapRepository.setHorizon(initiative.id, confirm.horizon, confirm.rank, { clearDates: true }),
                ).then((saved) => saved && recordInitiativeChange(initiative, saved, 'move'));
                setConfirm(null);
              }}
            >
              {t('roadmap.horizons.dropDates')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}

function HorizonColumn({ horizon, columns, data }: { horizon: Horizon; columns: HorizonColumns; data: RoadmapData }) {
  const t = useT();
  const { setNodeRef, isOver } = useDroppable({ id: horizon });
  const items = columns[horizon];
  const headingId = `horizon-${horizon}`;
  return (
    <section
      className={`horizons__column${isOver ? ' is-over' : ''}`}
      aria-labelledby={headingId}
      data-horizon={horizon}
    >
      <header className="horizons__head">
        <h2 id={headingId}>{t(`roadmap.horizon.${horizon}`)}</h2>
        <span className="horizons__count" aria-label={t('roadmap.horizons.count', { count: items.length })}>
          {items.length}
        </span>
      </header>
      <p className="field__hint">{t(`roadmap.horizons.${horizon}Hint`)}</p>
      <SortableContext id={horizon} items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
        <div ref={setNodeRef} className="horizons__cards">
          {items.map((initiative) => (
            <HorizonCard key={initiative.id} initiative={initiative} data={data} />
          ))}
        </div>
      </SortableContext>
    </section>
  );
}

function HorizonCard({ initiative, data }: { initiative: Initiative; data: RoadmapData }) {
  const t = useT();
  const locale = useLocale();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: initiative.id });
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      className={`horizons__card${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid="initiative-bar"
      data-initiative-id={initiative.id}
      aria-label={`${initiative.title}, ${describeWhen(initiative, t, locale)}`}
      aria-roledescription={t('roadmap.dnd.roleDescription')}
      onKeyDown={(event) => {
        listeners?.onKeyDown?.(event);
        if (event.key === 'Enter' && !event.defaultPrevented) openInitiativeEditor({ mode: 'edit', id: initiative.id });
      }}
      onClick={() => openInitiativeEditor({ mode: 'edit', id: initiative.id })}
    >
      <CardBody initiative={initiative} data={data} />
    </div>
  );
}

function CardBody({ initiative, data }: { initiative: Initiative; data: RoadmapData }) {
  const t = useT();
  const locale = useLocale();
  const lane = data.laneById.get(initiative.laneId);
  const color = initiative.color ?? lane?.color ?? '#64748b';
  const progress = progressOf(data, initiative.id);
  return (
    <div className="horizons__card-body" style={{ borderLeftColor: color }}>
      <span className="horizons__title">{initiative.title}</span>
      <span className="horizons__meta">
        <span className="horizons__lane" style={{ '--lane': color } as CSSProperties}>
          {lane?.name}
        </span>
        <span>{initiative.start !== null ? describeWhen(initiative, t, locale) : t('roadmap.horizons.undated')}</span>
      </span>
      <span className="horizons__progress">
        <span className="progress" aria-hidden="true">
          <span style={{ width: `${Math.round((progress.byCount ?? 0) * 100)}%`, background: color }} />
        </span>
        <small>{describeProgress(progress, t)}</small>
      </span>
    </div>
  );
}
