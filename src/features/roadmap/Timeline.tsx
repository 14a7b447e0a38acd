import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { useEditLock } from '../../state/viewOnly';
import { roadmapRepository } from '../../db/roadmapAccess';
import { dayOf } from '../../domain/dates';
import {
  dayToX,
  drawnSpan,
  moveSpanByStep,
  packRows,
  rangeWidth,
  resizeEndByStep,
  snapOf,
  spanWidth,
  timelineColumns,
  visibleRange,
  type Zoom,
} from '../../domain/roadmap/timelineScale';
import type { Initiative } from '../../domain/roadmap/types';
import { openInitiativeEditor } from '../../state/roadmapUi';
import { useLocale, useT } from '../../ui/useT';
import { formatMonth } from '../../i18n/formatTime';
import { describeWhen } from './format';
import { TimelineBar, type DragMode } from './TimelineBar';
import { UnscheduledList } from './UnscheduledList';
import { usePendingSpans, type Placement } from './usePendingSpans';
import { useTimelineGestures } from './useTimelineGestures';
import { recordInitiativeChange } from './roadmapHistory';
import { useTrackedSave } from '../../ui/useTrackedSave';
import { coarsePointer } from '../../ui/coarsePointer';
import { progressOf, type RoadmapData } from './useRoadmapData';

// A bar is 28 px for a mouse and 44 px for a finger (roadmap.css); each row leaves 12 px between bars,
// where a swipe scrolls the timeline instead of moving a bar.
const ROW_HEIGHT = coarsePointer ? 56 : 40;
const BAR_TOP = 6;

export function Timeline({ data, zoom }: { data: RoadmapData; zoom: Zoom }) {
  const t = useT();
  const locale = useLocale();
  const save = useTrackedSave();
  const today = dayOf(new Date());
  const scroller = useRef<HTMLDivElement>(null);
  const { pending, add: addPending, drop: dropPending } = usePendingSpans(data.byId);
  const refocus = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const dated = useMemo(() => data.initiatives.filter((i) => i.start !== null && i.end !== null), [data.initiatives]);
  const range = useMemo(
    () =>
      visibleRange(
        zoom,
        today,
        dated.map((i) => ({ start: i.start ?? today, end: i.end ?? today })),
      ),
    [zoom, today, dated],
  );
  const width = rangeWidth(zoom, range);
  const columns = useMemo(() => timelineColumns(zoom, range), [zoom, range]);

  const commit = useCallback(
    (initiative: Initiative, to: Placement) => {
      const from = { start: initiative.start, end: initiative.end, laneId: initiative.laneId };
      if (from.start === to.start && from.end === to.end && from.laneId === to.laneId) return;
      // Screen readers hear where it went; the bar's own name changes silently.
      setAnnouncement(
        t('roadmap.timeline.moved', {
          title: initiative.title,
          when: describeWhen({ ...initiative, ...to }, t, locale),
          lane: data.laneById.get(to.laneId)?.name ?? '',
        }),
      );
      addPending(initiative.id, to);
      void save(roadmapRepository.moveInitiative(initiative.id, to)).then((saved) => {
        if (!saved) dropPending(initiative.id);
        else recordInitiativeChange(initiative, saved, 'move');
      });
    },
    [save, addPending, dropPending, t, locale, data.laneById],
  );

  const canEdit = !useEditLock(data.lanes[0]?.productId ?? '');
  const { preview, drawing, startBarDrag, startDrawing } = useTimelineGestures({
    zoom,
    range,
    scroller,
    onMoved: (initiative, to) => {
      refocus.current = initiative.id;
      commit(initiative, to);
    },
    onClicked: (initiative) => openInitiativeEditor({ mode: 'edit', id: initiative.id }),
    onDrawn: (laneId, span) => openInitiativeEditor({ mode: 'new', laneId, ...span }),
  });
  const placementOf = useCallback(
    (i: Initiative): Placement => {
      if (preview?.id === i.id) return preview.placement;
      return pending[i.id] ?? { start: i.start ?? '', end: i.end ?? '', laneId: i.laneId };
    },
    [preview, pending],
  );

  const lanesLayout = useMemo(
    () =>
      data.lanes.map((lane) => {
        const items = dated.filter((i) => placementOf(i).laneId === lane.id);
        const { rowOf, rows } = packRows(items.map((i) => ({ id: i.id, ...placementOf(i) })));
        return { lane, items, rowOf, rows };
      }),
    [data.lanes, dated, placementOf],
  );

  // Open on today, a little in from the left edge, and again when the zoom changes.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = Math.max(0, dayToX(zoom, range, today) - 160);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on zoom change, not on every range widening
  }, [zoom]);

  // A bar moved to another lane is a new element: give it the focus back.
  useEffect(() => {
    const id = refocus.current;
    if (!id) return;
    const el = scroller.current?.querySelector<HTMLElement>(`[data-initiative-id="${CSS.escape(id)}"]`);
    if (el && document.activeElement !== el) el.focus();
    refocus.current = null;
  });

  // A viewer opens a bar (read only) but never drags, resizes or draws one.
  const onBarPointerDown = (initiative: Initiative) => (event: PointerEvent<HTMLElement>, mode: DragMode) => {
    if (canEdit) startBarDrag(event, mode, initiative, placementOf(initiative));
  };

  const onBarKeyDown = (initiative: Initiative) => (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return;
    if (!canEdit && event.key !== 'Enter') return;
    const current = placementOf(initiative);
    let next: Placement | null = null;
    if (event.key === 'Enter') {
      event.preventDefault();
      openInitiativeEditor({ mode: 'edit', id: initiative.id });
      return;
    }
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      const direction = event.key === 'ArrowRight' ? 1 : -1;
      if (event.shiftKey && !initiative.milestone)
        next = { ...resizeEndByStep(current, zoom, direction), laneId: current.laneId };
      else if (!event.shiftKey) next = { ...moveSpanByStep(current, zoom, direction), laneId: current.laneId };
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const index = data.lanes.findIndex((l) => l.id === current.laneId);
      const lane = data.lanes[index + (event.key === 'ArrowDown' ? 1 : -1)];
      if (lane) next = { ...current, laneId: lane.id };
      else event.preventDefault();
    }
    if (!next) return;
    event.preventDefault();
    refocus.current = initiative.id;
    commit(initiative, next);
  };

  const todayX = dayToX(zoom, range, today);
  const columnLabel = (c: (typeof columns)[number]) =>
    zoom === 'month'
      ? formatMonth(c.start, locale)
      : t(zoom === 'quarter' ? 'roadmap.timeline.quarter' : 'roadmap.timeline.half', { index: c.index, year: c.year });
  const drawn = drawing ? drawnSpan(drawing.from, drawing.to, snapOf(zoom)) : null;

  return (
    <div className="timeline-layout">
      <div
        className="timeline"
        ref={scroller}
        role="region"
        aria-label={t('roadmap.timeline.label')}
        aria-describedby="timeline-help"
      >
        <p id="timeline-help" className="visually-hidden">
          {t('roadmap.timeline.help')}
        </p>
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        <div className="timeline__canvas" style={{ width: width + 180 }}>
          <div className="timeline__head">
            <div className="timeline__corner">{t('roadmap.timeline.lanes')}</div>
            <div className="timeline__columns" style={{ width }}>
              {columns.map((c) => (
                <div
                  key={c.start}
                  className="timeline__column-head"
                  style={{ left: dayToX(zoom, range, c.start), width: spanWidth(zoom, c.start, c.end) }}
                >
                  {columnLabel(c)}
                </div>
              ))}
            </div>
          </div>
          {lanesLayout.map(({ lane, items, rowOf, rows }) => (
            <div key={lane.id} className="timeline__lane">
              <div className="timeline__lane-name">
                <span className="swatch" style={{ background: lane.color }} aria-hidden="true" />
                <span>{lane.name}</span>
              </div>
              <div
                className="timeline__track"
                data-lane-track={lane.id}
                style={{ width, minHeight: rows * ROW_HEIGHT + 8 }}
                onPointerDown={(event) => canEdit && startDrawing(event, lane.id)}
              >
                {columns.map((c) => (
                  <span
                    key={c.start}
                    className="timeline__gridline"
                    style={{ left: dayToX(zoom, range, c.start) }}
                    aria-hidden="true"
                  />
                ))}
                {items.map((initiative) => {
                  const p = placementOf(initiative);
                  return (
                    <TimelineBar
                      key={initiative.id}
                      initiative={{ ...initiative, start: p.start, end: p.end, laneId: p.laneId }}
                      laneName={lane.name}
                      color={initiative.color ?? lane.color}
                      progress={progressOf(data, initiative.id)}
                      left={dayToX(zoom, range, p.start)}
                      width={spanWidth(zoom, p.start, p.end)}
                      top={(rowOf.get(initiative.id) ?? 0) * ROW_HEIGHT + BAR_TOP}
                      dragging={preview?.id === initiative.id}
                      onPointerDown={onBarPointerDown(initiative)}
                      onKeyDown={onBarKeyDown(initiative)}
                    />
                  );
                })}
                {drawing?.laneId === lane.id && drawn && (
                  <span
                    className="timeline__ghost"
                    style={{
                      left: dayToX(zoom, range, drawn.start),
                      width: spanWidth(zoom, drawn.start, drawn.end),
                      borderColor: lane.color,
                    }}
                    aria-hidden="true"
                  />
                )}
              </div>
            </div>
          ))}
          {todayX >= 0 && todayX <= width && (
            <div className="timeline__today" style={{ left: 180 + todayX }} aria-hidden="true">
              <span>{t('roadmap.timeline.today')}</span>
            </div>
          )}
        </div>
      </div>
      <UnscheduledList data={data} />
    </div>
  );
}
