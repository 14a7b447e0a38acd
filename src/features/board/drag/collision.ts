import { pointerWithin, rectIntersection, type CollisionDetection, type UniqueIdentifier } from '@dnd-kit/core';

/**
 * Only columns are drop targets; where in a column the card lands is worked
 * out from the virtual list's own geometry (see columnLocator), so dnd-kit
 * measures seven rects per drag instead of every card in view. The pointer
 * decides the column, or the dragged rect when there is no pointer. The last column is kept while the card crosses the gap between two.
 */
export function boardCollision(
  lastOver: { current: UniqueIdentifier | null },
  /** During a keyboard drag, the stage the arrows put the card in: it wins over geometry. */
  keyboardStage: () => string | null,
): CollisionDetection {
  return (args) => {
    const chosen = keyboardStage();
    if (chosen !== null) {
      lastOver.current = chosen;
      return [{ id: chosen }];
    }
    const byPointer = args.pointerCoordinates ? pointerWithin(args) : [];
    const hits = byPointer.length > 0 ? byPointer : rectIntersection(args);
    const overId = hits[0]?.id ?? lastOver.current;
    lastOver.current = overId;
    return overId === null ? [] : [{ id: overId }];
  };
}
