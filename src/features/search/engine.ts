// The search and filter engine (search index, predicate) loads after the board paints, when the
// browser is idle, or on the first search if that comes sooner: it is not in the start-up bundle.
import { useEffect, useSyncExternalStore } from 'react';

export type FilterEngine = typeof import('./filterEngine');

let engine: Promise<FilterEngine> | null = null;
let loadedEngine: FilterEngine | null = null;
const listeners = new Set<() => void>();

/** Starts loading the engine (after the board paints, or when the search box gets focus). */
export function loadFilterEngine(): Promise<FilterEngine> {
  engine ??= import('./filterEngine').then((module) => {
    loadedEngine = module;
    listeners.forEach((listener) => listener());
    return module;
  });
  return engine;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/**
 * The engine once loaded, null before; loads it when `needed`. A component that `watch`es
 * re-renders the moment it arrives (the board, so its first keystroke finds it ready);
 * others (each card's highlight) only while they need it.
 */
export function useFilterEngine(needed: boolean, watch = needed): FilterEngine | null {
  // A card's highlight sees null until it needs the engine, so the engine's arrival re-renders no card.
  const current = useSyncExternalStore(subscribe, () => (watch ? loadedEngine : null));
  useEffect(() => {
    if (needed && !loadedEngine) void loadFilterEngine();
  }, [needed]);
  return current;
}
