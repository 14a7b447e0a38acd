// What cards show beyond their core (score, feedback count, coloured tags…)
// loads after the board has painted: it needs its own queries and code that
// the board's first screen can do without. Until then cards show their core.
import { useEffect, useState } from 'react';
import type { CardScore } from '../../domain/scoring/types';
import type { Requirement } from '../../domain/types';
import type { ComponentType } from 'react';

export interface CardExtras {
  /** Runs the board-wide queries the badges read; rendered once beside the columns. */
  BoardExtras: ComponentType<{ productId: string; cardScore: CardScore }>;
  /** Badges in a card's meta line. */
  CardBadges: ComponentType<{ requirement: Requirement }>;
  /** The card's tags, coloured by the product's tag colours. */
  CardTags: ComponentType<{ tags: readonly string[] }>;
}

let loaded: CardExtras | null = null;
const listeners = new Set<() => void>();

/** Starts loading the extras (once); every card re-renders when they arrive. */
export function loadCardExtras(): void {
  if (loaded) return;
  void import('./extras').then((m) => {
    loaded = m.cardExtras;
    for (const listener of listeners) listener();
  });
}

export function useCardExtras(): CardExtras | null {
  const [extras, setExtras] = useState(loaded);
  useEffect(() => {
    if (loaded) return setExtras(loaded);
    const listener = () => setExtras(loaded);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return extras;
}
