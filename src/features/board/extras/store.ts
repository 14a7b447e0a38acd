// Board-wide facts the card extras read: written by BoardExtras from its live
// queries, read by each card's badges with a selector, so a change repaints
// only the badges it concerns.
import { create } from 'zustand';
import type { AgingCards } from '../../../domain/analytics/aging';
import type { CardScore } from '../../../domain/scoring/types';
import type { StageGate } from '../../../domain/types';

/** What a card's gate badge (and its age marker, the stage's name) needs of each live stage, in board order. */
export interface GateOfStage {
  id: string;
  rank: string;
  gate: StageGate;
  key: string | null;
  name: string | null;
}

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

interface ExtrasData {
  cardScore: CardScore;
  tagColors: ReadonlyMap<string, string>;
  feedbackCounts: ReadonlyMap<string, number>;
  stageGates: readonly GateOfStage[];
  /** The age markers; null while they are off or not computed yet. */
  aging: AgingCards | null;
}

export const useExtrasData = create<ExtrasData>(() => ({
  cardScore: 'none',
  tagColors: new Map(),
  feedbackCounts: new Map(),
  stageGates: [],
  aging: null,
}));
