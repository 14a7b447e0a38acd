import type { SlotHit } from './dragPreview';

/**
 * What the board asks of a column during a drag. A virtual list knows the
 * offset and height of every card (measured or estimated) without the card
 * being in the DOM, so a slot can be found or revealed anywhere in a column
 * of thousands.
 */
export interface ColumnLocator {
  /** The rendered slot at a viewport y, or null below the last card. */
  hit(clientY: number): SlotHit | null;
  /**
   * Scrolls slot `index` of the rendered list into view and returns where its
   * top-left is in the viewport (for the keyboard drag's overlay).
   */
  reveal(index: number): { x: number; y: number } | null;
}

export type RegisterLocator = (stageId: string, locator: ColumnLocator | null) => void;

export function createLocatorRegistry() {
  const locators = new Map<string, ColumnLocator>();
  const register: RegisterLocator = (stageId, locator) => {
    if (locator) locators.set(stageId, locator);
    else locators.delete(stageId);
  };
  return { register, get: (stageId: string) => locators.get(stageId) };
}
