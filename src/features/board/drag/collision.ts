import { closestCenter, pointerWithin, rectIntersection, type CollisionDetection, type UniqueIdentifier } from '@dnd-kit/core';
import type { ColumnIds } from './dragPreview';

/**
 * Collision for cards in several columns: find the column under the pointer
 * (or the dragged rect, for keyboard drags), then the closest card inside it.
 * Remembers the last target so the card does not jump while it crosses the
 * gap between columns. While the card has just been previewed in a new column
 * (`settling`), the target is held: the columns re-measure in that frame, and
 * a target picked from half-measured rects sends the card back and forth
 * until React gives up (dnd-kit #900, React #185).
 */
export function boardCollision(
  columns: () => ColumnIds,
  lastOver: { current: UniqueIdentifier | null },
  settling: () => boolean = () => false,
): CollisionDetection {
  return (args) => {
    if (settling() && lastOver.current !== null) return [{ id: lastOver.current }];
    const byPointer = pointerWithin(args);
    const hits = byPointer.length > 0 ? byPointer : rectIntersection(args);
    let overId = hits[0]?.id ?? null;
    if (overId !== null) {
      const inColumn = columns()[String(overId)];
      if (inColumn && inColumn.length > 0) {
        const cards = new Set(inColumn);
        const closest = closestCenter({
          ...args,
          droppableContainers: args.droppableContainers.filter((c) => cards.has(String(c.id))),
        });
        overId = closest[0]?.id ?? overId;
      }
      lastOver.current = overId;
      return [{ id: overId }];
    }
    return lastOver.current === null ? [] : [{ id: lastOver.current }];
  };
}
