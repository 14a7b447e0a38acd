// The board's search and filters. The engine (search index, predicate) loads
// on the first search: a board nobody filters pays nothing for it.
import { useEffect, useState } from 'react';
import type { Requirement } from '../../domain/types';
import type { ColumnIds } from './drag/dragPreview';

export type FilterEngine = typeof import('../../domain/filters/predicate') & typeof import('../../domain/filters/search');

let engine: Promise<FilterEngine> | null = null;
let loadedEngine: FilterEngine | null = null;

/** Starts loading the engine (e.g. when the search box gets focus, before the first keystroke). */
export function loadFilterEngine(): Promise<FilterEngine> {
  engine ??= Promise.all([import('../../domain/filters/predicate'), import('../../domain/filters/search')]).then(([p, s]) => {
    loadedEngine = { ...p, ...s };
    return loadedEngine;
  });
  return engine;
}

/** The engine once `needed` and loaded; null before. */
export function useFilterEngine(needed: boolean): FilterEngine | null {
  const [current, setCurrent] = useState(loadedEngine);
  useEffect(() => {
    if (needed && !current) void loadFilterEngine().then(setCurrent);
  }, [needed, current]);
  return current;
}

/** The ids each column shows; the same object when there is no test. */
export function filterColumnIds(columns: ColumnIds, byId: ReadonlyMap<string, Requirement>, test: ((r: Requirement) => boolean) | null): ColumnIds {
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
