import { useCallback, useEffect, useRef } from 'react';
import type { Member, Requirement } from '../../domain/types';
import { useBoardUi } from '../../state/boardUi';
import type { ColumnLocator, RegisterLocator } from './drag/columnLocator';
import { RequirementCard } from './RequirementCard';
import { useCardVirtualizer } from './useCardVirtualizer';

interface VirtualCardListProps {
  stageId: string;
  ids: string[];
  byId: ReadonlyMap<string, Requirement>;
  members: Map<string, Member>;
  droppableRef: (node: HTMLElement | null) => void;
  registerLocator: RegisterLocator;
  emptyText: string;
  /** Cards counted but not read yet (start-up reads the first screen first): kept as blank slots so the scrollbar is right from the start. */
  unloaded: number;
}

/** A card with one line of tags; real heights are measured as cards render. */
const ESTIMATED_CARD_PX = 92;

/**
 * Only the cards in view (plus a few) are in the DOM, so a column of 5,000
 * costs what a column of 20 does. The dragged card always stays mounted:
 * dnd-kit needs its node for the whole drag.
 */
export function VirtualCardList({
  stageId,
  ids,
  byId,
  members,
  droppableRef,
  registerLocator,
  emptyText,
  unloaded,
}: VirtualCardListProps) {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const trackRef = useRef<HTMLDivElement | null>(null);
  const idsRef = useRef(ids);
  idsRef.current = ids;
  const activeId = useBoardUi((s) => s.activeDragId);
  const activeIndex = activeId === null ? -1 : ids.indexOf(activeId);

  const virtualizer = useCardVirtualizer({
    count: ids.length + unloaded,
    getScrollElement: () => scrollRef.current,
    estimatedSize: ESTIMATED_CARD_PX,
    overscan: 2,
    getItemKey: (index) => ids[index] ?? index,
    pinnedIndex: activeIndex,
  });
  // The locator outlives renders; it asks whichever virtualiser is current (the stand-in, then the real one).
  const virtualizerRef = useRef(virtualizer);
  virtualizerRef.current = virtualizer;

  useEffect(() => {
    const locator: ColumnLocator = {
      hit(clientY) {
        const track = trackRef.current;
        if (!track) return null;
        const offset = clientY - track.getBoundingClientRect().top;
        const item = virtualizerRef.current.getVirtualItemForOffset(Math.max(0, offset));
        if (!item || offset > item.end || item.index >= idsRef.current.length) return null;
        return { index: item.index, below: offset > item.start + item.size / 2 };
      },
      reveal(index) {
        const scroller = scrollRef.current;
        if (!scroller) return null;
        const item = virtualizerRef.current.measurementsCache[index];
        const start = item?.start ?? virtualizerRef.current.getTotalSize();
        const size = item?.size ?? ESTIMATED_CARD_PX;
        // Scroll just enough to show the whole slot, as focus would.
        if (start < scroller.scrollTop) scroller.scrollTop = start;
        else if (start + size > scroller.scrollTop + scroller.clientHeight)
          scroller.scrollTop = start + size - scroller.clientHeight;
        const box = (trackRef.current ?? scroller).getBoundingClientRect();
        return { x: box.left, y: box.top + start };
      },
    };
    registerLocator(stageId, locator);
    return () => registerLocator(stageId, null);
  }, [registerLocator, stageId]);

  // The track, not the scroller, is the drop target: dnd-kit auto-scrolls the scrollable
  // ancestors of the target, and an element is not its own ancestor.
  const setTrackRefs = useCallback(
    (node: HTMLDivElement | null) => {
      trackRef.current = node;
      droppableRef(node);
    },
    [droppableRef],
  );

  return (
    <div ref={scrollRef} className="column__cards">
      <div
        ref={setTrackRefs}
        className="column__track"
        style={ids.length + unloaded > 0 ? { height: virtualizer.getTotalSize() } : undefined}
      >
        {ids.length + unloaded === 0 ? (
          <p className="column__empty">{emptyText}</p>
        ) : (
          virtualizer.getVirtualItems().map((item) => {
            const requirement = byId.get(ids[item.index] ?? '');
            if (!requirement) {
              return item.index >= ids.length ? (
                <div key={item.key} className="column__slot" style={{ transform: `translateY(${item.start}px)` }}>
                  <div className="card card--unloaded" aria-hidden="true" />
                </div>
              ) : null;
            }
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="column__slot"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <RequirementCard
                  requirement={requirement}
                  owner={requirement.ownerId ? members.get(requirement.ownerId) : undefined}
                />
              </div>
            );
          })
        )}
      </div>
    </div>
  );
}
