// The board's "active iteration only" filter over the column ids.
import type { Requirement } from '../../domain/types';
import type { ColumnIds } from './drag/dragPreview';

export function filterByIterations(
  columns: ColumnIds,
  byId: ReadonlyMap<string, Requirement>,
  iterationIds: readonly string[] | null,
): ColumnIds {
  if (iterationIds === null) return columns;
  const keep = new Set(iterationIds);
  const filtered: ColumnIds = {};
  for (const [stageId, ids] of Object.entries(columns)) {
    filtered[stageId] = ids.filter((id) => {
      const iterationId = byId.get(id)?.iterationId;
      return iterationId != null && keep.has(iterationId);
    });
  }
  return filtered;
}

export function anyPlanned(byId: ReadonlyMap<string, Requirement>): boolean {
  for (const r of byId.values()) if (r.iterationId !== null) return true;
  return false;
}
