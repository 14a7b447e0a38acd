// The search and filter engine (search index, predicate) loads on the first
// search: a board nobody filters pays nothing for it.
import { useEffect, useState } from 'react';

export type FilterEngine = typeof import('../../domain/filters/predicate') &
  typeof import('../../domain/filters/search');

let engine: Promise<FilterEngine> | null = null;
let loadedEngine: FilterEngine | null = null;

/** Starts loading the engine (e.g. when the search box gets focus, before the first keystroke). */
export function loadFilterEngine(): Promise<FilterEngine> {
  engine ??= Promise.all([import('../../domain/filters/predicate'), import('../../domain/filters/search')]).then(
    ([p, s]) => {
      loadedEngine = { ...p, ...s };
      return loadedEngine;
    },
  );
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
