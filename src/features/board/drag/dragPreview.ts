// The board's drag gesture as pure steps: snapshot the column ids on lift,
// preview the card in the column it is over, read the drop target at the end.
// Cancelling simply drops the preview.

export type ColumnIds = Record<string, string[]>;

/** The stage that holds `id`, or `id` itself when it is a stage. */
export function stageOf(columns: ColumnIds, id: string): string | null {
  if (id in columns) return id;
  for (const [stageId, ids] of Object.entries(columns)) if (ids.includes(id)) return stageId;
  return null;
}

/**
 * Moves `activeId` into the stage of `overId`. Over a card it takes that
 * card's place (or the one after it when `below`); over an empty part of a
 * column it goes to the end. Returns the same object when nothing changes.
 */
export function previewMove(columns: ColumnIds, activeId: string, overId: string, below: boolean): ColumnIds {
  const from = stageOf(columns, activeId);
  const to = stageOf(columns, overId);
  if (from === null || to === null) return columns;
  const source = (columns[from] ?? []).filter((id) => id !== activeId);
  const target = from === to ? source : [...(columns[to] ?? [])];
  let index: number;
  if (overId === to) {
    index = target.length;
  } else {
    const overIndex = target.indexOf(overId);
    index = overIndex < 0 ? target.length : overIndex + (below ? 1 : 0);
  }
  const current = columns[to]?.indexOf(activeId) ?? -1;
  if (from === to && current === index) return columns;
  target.splice(index, 0, activeId);
  return from === to ? { ...columns, [to]: target } : { ...columns, [from]: source, [to]: target };
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
