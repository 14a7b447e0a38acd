// Keyboard drags on the planning view: the arrows jump between the two lists
// (left: backlog, right: iteration) instead of dnd-kit's 25 px steps.
import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

export const BACKLOG_ID = 'plan-backlog';
export const ITERATION_ID = 'plan-iteration';

export const planningCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const target =
    event.code === 'ArrowRight' || event.code === 'ArrowDown'
      ? ITERATION_ID
      : event.code === 'ArrowLeft' || event.code === 'ArrowUp'
        ? BACKLOG_ID
        : null;
  if (target === null) return undefined;
  event.preventDefault();
  const rect = context.droppableRects.get(target);
  return rect ? { x: rect.left + 8, y: rect.top + 8 } : undefined;
};
