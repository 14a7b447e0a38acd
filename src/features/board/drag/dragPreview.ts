// The board's drag gesture as pure steps: snapshot the column ids on lift,
// preview the card where it would land, read the drop target at the end.
// Cancelling simply drops the preview.

export type ColumnIds = Record<string, string[]>;

/** The stage that holds `id`, or `id` itself when it is a stage. */
export function stageOf(columns: ColumnIds, id: string): string | null {
  if (id in columns) return id;
  for (const [stageId, ids] of Object.entries(columns)) if (ids.includes(id)) return stageId;
  return null;
}

/**
 * Puts `activeId` at `index` among the other cards of `stageId` (clamped to
 * the column). Returns the same object when the card is already there, so a
 * pointer move inside the same slot re-renders nothing.
 */
export function placeAt(columns: ColumnIds, activeId: string, stageId: string, index: number): ColumnIds {
  const from = stageOf(columns, activeId);
  if (from === null || !(stageId in columns)) return columns;
  const others = (columns[stageId] ?? []).filter((id) => id !== activeId);
  const at = Math.max(0, Math.min(index, others.length));
  if (from === stageId && columns[stageId]?.[at] === activeId) return columns;
  const target = [...others.slice(0, at), activeId, ...others.slice(at)];
  if (from === stageId) return { ...columns, [stageId]: target };
  return { ...columns, [from]: (columns[from] ?? []).filter((id) => id !== activeId), [stageId]: target };
}

/** A point in a column's rendered list: the slot under it, and whether it is in that slot's lower half. */
export interface SlotHit {
  index: number;
  below: boolean;
}

/**
 * Where the card goes among the other cards of a column when the pointer is
 * at `hit` of the column as rendered (which may already show the card's own
 * placeholder). Over its own placeholder nothing changes (null): that keeps a
 * card from flickering between two slots of different heights.
 */
export function insertionIndex(rendered: readonly string[], activeId: string, hit: SlotHit | null): number | null {
  const own = rendered.indexOf(activeId);
  if (hit === null) return rendered.length - (own >= 0 ? 1 : 0);
  if (hit.index === own) return null;
  const slot = hit.index + (hit.below ? 1 : 0);
  return own >= 0 && own < slot ? slot - 1 : slot;
}

export interface DropTarget {
  stageId: string;
  /** Position among the other cards of the stage. */
  index: number;
}

export function dropTarget(columns: ColumnIds, activeId: string): DropTarget | null {
  const stageId = stageOf(columns, activeId);
  if (stageId === null) return null;
  return { stageId, index: (columns[stageId] ?? []).indexOf(activeId) };
}
