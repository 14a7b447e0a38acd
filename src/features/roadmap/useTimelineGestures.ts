// Pointer gestures on the timeline: drag a bar (or one edge, or to another
// lane) and draw a new one on an empty row. Shows a preview while the pointer
// moves and hands the result over on release; the maths is in domain/roadmap.
import { useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import {
  dragDeltaDays,
  drawnSpan,
  moveSpan,
  resizeSpan,
  snapOf,
  xToDay,
  type DayRange,
  type Span,
  type Zoom,
} from '../../domain/roadmap/timelineScale';
import type { Initiative } from '../../domain/roadmap/types';
import { followPointer } from './followPointer';
import type { DragMode } from './TimelineBar';
import type { Placement } from './usePendingSpans';

/** Pixels a pointer must travel before a press becomes a drag (a shorter press is a click). */
const DRAG_THRESHOLD = 4;

export interface Drawing {
  laneId: string;
  from: string;
  to: string;
}

interface GestureOptions {
  zoom: Zoom;
  range: DayRange;
  scroller: RefObject<HTMLElement | null>;
  onMoved: (initiative: Initiative, to: Placement) => void;
  onClicked: (initiative: Initiative) => void;
  onDrawn: (laneId: string, span: Span) => void;
}

export function useTimelineGestures({ zoom, range, scroller, onMoved, onClicked, onDrawn }: GestureOptions) {
  const [preview, setPreview] = useState<{ id: string; placement: Placement } | null>(null);
  const [drawing, setDrawing] = useState<Drawing | null>(null);

  const laneAt = (clientY: number): string | null => {
    const tracks = scroller.current?.querySelectorAll<HTMLElement>('[data-lane-track]') ?? [];
    for (const track of tracks) {
      const rect = track.getBoundingClientRect();
      if (clientY >= rect.top && clientY < rect.bottom) return track.dataset.laneTrack ?? null;
    }
    return null;
  };

  /** A press on a bar: a drag moves it (or resizes it by an edge); a press without movement is a click. */
  const startBarDrag = (
    event: ReactPointerEvent<HTMLElement>,
    pressed: DragMode,
    initiative: Initiative,
    from: Placement,
  ) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.preventDefault();
    (event.currentTarget.closest('[data-initiative-id]') as HTMLElement | null)?.focus();
    const mode = initiative.milestone ? 'move' : pressed;
    const origin = { x: event.clientX, y: event.clientY };
    let moved = false;
    let latest = from;
    followPointer({
      move: (e) => {
        const dx = e.clientX - origin.x;
        if (!moved && Math.hypot(dx, e.clientY - origin.y) < DRAG_THRESHOLD) return;
        moved = true;
        const days = dragDeltaDays(zoom, dx);
        const span = mode === 'move' ? moveSpan(from, days) : resizeSpan(from, mode, days);
        latest = { ...span, laneId: mode === 'move' ? (laneAt(e.clientY) ?? from.laneId) : from.laneId };
        setPreview({ id: initiative.id, placement: latest });
      },
      up: () => {
        setPreview(null);
        if (moved) onMoved(initiative, latest);
        else onClicked(initiative);
      },
      cancel: () => setPreview(null),
    });
  };

  /** A press on an empty part of a row: dragging sideways draws the span of a new initiative. */
  const startDrawing = (event: ReactPointerEvent<HTMLElement>, laneId: string) => {
    if (event.button !== 0 || event.target !== event.currentTarget) return;
    const track = event.currentTarget;
    const dayAt = (clientX: number) => xToDay(zoom, range, clientX - track.getBoundingClientRect().left);
    const originX = event.clientX;
    const from = dayAt(originX);
    let latest: Drawing | null = null;
    followPointer({
      move: (e) => {
        if (latest === null && Math.abs(e.clientX - originX) < DRAG_THRESHOLD) return;
        latest = { laneId, from, to: dayAt(e.clientX) };
        setDrawing(latest);
      },
      up: () => {
        setDrawing(null);
        if (latest) onDrawn(laneId, drawnSpan(latest.from, latest.to, snapOf(zoom)));
      },
      cancel: () => setDrawing(null),
    });
  };

  return { preview, drawing, startBarDrag, startDrawing };
}
