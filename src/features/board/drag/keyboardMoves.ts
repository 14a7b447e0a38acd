import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import type { ColumnLocator } from './columnLocator';
import { placeAt, stageOf, type ColumnIds } from './dragPreview';

interface KeyboardMoveDeps {
  columns: () => ColumnIds;
  /** Stage ids left to right, as the board shows them. */
  stageOrder: () => string[];
  locator: (stageId: string) => ColumnLocator | undefined;
  /** Shows the card at its new place before dnd-kit moves the overlay there. */
  setPreview: (columns: ColumnIds) => void;
  /**
   * Called after a move inside one column: dnd-kit announces a change of
   * target column, but a new place in the same column is no new target.
   */
  movedWithinColumn: (activeId: string) => void;
}

/**
 * Arrow keys move the lifted card one slot up or down its column, or into
 * the same position of the next column left or right. The preview changes
 * first; the overlay then follows to the slot, which the column scrolls into
 * view, so a card can travel down a column far past the cards in the DOM.
 */
export function boardKeyboardCoordinates(deps: KeyboardMoveDeps): KeyboardCoordinateGetter {
  return (event, { active, currentCoordinates }) => {
    const activeId = String(active);
    const columns = deps.columns();
    const stageId = stageOf(columns, activeId);
    if (stageId === null) return undefined;
    const index = (columns[stageId] ?? []).indexOf(activeId);
    const order = deps.stageOrder();
    let target = stageId;
    let position = index;
    switch (event.code) {
      case 'ArrowUp':
        position = index - 1;
        break;
      case 'ArrowDown':
        position = index + 1;
        break;
      case 'ArrowLeft':
      case 'ArrowRight': {
        const next = order[order.indexOf(stageId) + (event.code === 'ArrowLeft' ? -1 : 1)];
        if (next === undefined) return currentCoordinates;
        target = next;
        break;
      }
      default:
        return undefined;
    }
    event.preventDefault();
    const next = placeAt(columns, activeId, target, position);
    if (next === columns) return currentCoordinates;
    deps.setPreview(next);
    if (target === stageId) deps.movedWithinColumn(activeId);
    const slot = deps.locator(target)?.reveal((next[target] ?? []).indexOf(activeId));
    return slot ?? currentCoordinates;
  };
}
