// The board's columns narrowed by the filters.
import type { Requirement } from '../../domain/types';
import type { ColumnIds } from './drag/dragPreview';

/** The ids each column shows; the same object when there is no test. */
export function filterColumnIds(
  columns: ColumnIds,
  byId: ReadonlyMap<string, Requirement>,
  test: ((r: Requirement) => boolean) | null,
): ColumnIds {
  if (!test) return columns;
  const filtered: ColumnIds = {};
  for (const [stageId, ids] of Object.entries(columns)) {
    filtered[stageId] = ids.filter((id) => {
      const r = byId.get(id);
      return r !== undefined && test(r);
    });
  }
  return filtered;
}
