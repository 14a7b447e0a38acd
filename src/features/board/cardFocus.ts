// Focus moves between the board's cards with the arrow keys (when no card is
// lifted; a lifted card is moved by dnd-kit's keyboard sensor instead). The
// lists are virtual, but the focused card's neighbours are always rendered
// (overscan), and focusing one scrolls it into view, which renders the next.
const CARD = '.card[data-requirement-id]';

export type FocusDirection = 'up' | 'down' | 'left' | 'right';

/** The board card an element is, unless it is lifted (its keys are dnd-kit's then). */
export function cardOf(element: Element | null): HTMLElement | null {
  return element instanceof HTMLElement && element.matches(`${CARD}:not([aria-pressed="true"])`) ? element : null;
}

function slotCard(card: HTMLElement, step: number): HTMLElement | null {
  const slot = card.parentElement;
  const index = Number(slot?.dataset.index);
  return slot?.parentElement?.querySelector<HTMLElement>(`[data-index="${index + step}"] > ${CARD}`) ?? null;
}

/** The card nearest in height to `card` in the next column with cards that way. */
function besideCard(card: HTMLElement, step: number): HTMLElement | null {
  const columns = [...(card.closest('.board__columns')?.children ?? [])];
  const middle = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.top + box.height / 2;
  };
  const y = middle(card);
  for (let i = columns.indexOf(card.closest('.column') as Element) + step; i >= 0 && i < columns.length; i += step) {
    const cards = [...(columns[i]?.querySelectorAll<HTMLElement>(CARD) ?? [])];
    if (cards.length > 0)
      return cards.reduce((best, c) => (Math.abs(middle(c) - y) < Math.abs(middle(best) - y) ? c : best));
  }
  return null;
}

/** The card a direction leads to from `card`, or null at the board's edge. */
export function cardToward(card: HTMLElement, direction: FocusDirection): HTMLElement | null {
  if (direction === 'up' || direction === 'down') return slotCard(card, direction === 'up' ? -1 : 1);
  return besideCard(card, direction === 'left' ? -1 : 1);
}

/** Where focus goes when `card` leaves the board: the card below it, else the one above. */
export function cardAfterRemoving(card: HTMLElement): HTMLElement | null {
  return slotCard(card, 1) ?? slotCard(card, -1);
}

/** The quick-add field of the column an element is in, else of the first column. */
export function quickAddFor(element: Element | null): HTMLInputElement | null {
  return (
    element?.closest('.column')?.querySelector<HTMLInputElement>('.quick-add') ??
    document.querySelector<HTMLInputElement>('.quick-add')
  );
}
