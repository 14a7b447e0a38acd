import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useRef } from 'react';
import type { Member, Requirement } from '../../domain/types';
import { useBoardUi } from '../../state/boardUi';
import { RequirementCard } from './RequirementCard';

interface VirtualCardListProps {
  stageId: string;
  ids: string[];
  byId: Map<string, Requirement>;
  members: Map<string, Member>;
  droppableRef: (node: HTMLElement | null) => void;
  emptyText: string;
}

/** A card with one line of tags; real heights are measured as cards render. */
const ESTIMATED_CARD_PX = 92;

/**
 * Only the cards in view (plus a few) are in the DOM, so a column of 5,000
 * costs what a column of 20 does. The dragged card always stays mounted:
 * dnd-kit's keyboard sensor and the sortable animations need its node.
 */
export function VirtualCardList({ stageId, ids, byId, members, droppableRef, emptyText }: VirtualCardListProps) {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const activeId = useBoardUi((s) => s.activeDragId);
  const activeIndex = activeId === null ? -1 : ids.indexOf(activeId);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex],
  );

  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD_PX,
    overscan: 4,
    getItemKey: (index) => ids[index] ?? index,
    rangeExtractor,
  });

  const virtualItems = virtualizer.getVirtualItems();
  const mountedIds = useStableIds(virtualItems.map((item) => ids[item.index] ?? ''));

  const setRefs = useCallback(
    (node: HTMLDivElement | null) => {
      scrollRef.current = node;
      droppableRef(node);
    },
    [droppableRef],
  );

  return (
    // dnd-kit sorts only the mounted cards: given the whole column it measures,
    // slices and copies every id for every card on each drag update (its #943/#994).
    <SortableContext id={stageId} items={mountedIds} strategy={verticalListSortingStrategy}>
      <div ref={setRefs} className="column__cards">
        {ids.length === 0 ? (
          <p className="column__empty">{emptyText}</p>
        ) : (
          <div className="column__track" style={{ height: virtualizer.getTotalSize() }}>
            {virtualItems.map((item) => {
              const requirement = byId.get(ids[item.index] ?? '');
              if (!requirement) return null;
              return (
                <div
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className="column__slot"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <RequirementCard requirement={requirement} owner={requirement.ownerId ? members.get(requirement.ownerId) : undefined} />
                </div>
              );
            })}
          </div>
        )}
      </div>
    </SortableContext>
  );
}

/** The same array while its ids are unchanged, so dnd-kit does not re-measure on every scroll frame. */
function useStableIds(ids: string[]): string[] {
  const previous = useRef(ids);
  const same = previous.current.length === ids.length && previous.current.every((id, i) => id === ids[i]);
  if (!same) previous.current = ids;
  return previous.current;
}
