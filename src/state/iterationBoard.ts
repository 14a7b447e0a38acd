// What the board knows of iterations, for the card badges and the "active
// iteration only" toggle. Filled lazily from IndexedDB by the board once a card
// is in an iteration; empty (and nothing loaded) until then.
import { create } from 'zustand';

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

interface IterationBoardState {
  /** Iteration names by id; null until loaded. */
  names: Record<string, string> | null;
  activeIds: readonly string[];
  /** The board shows only requirements of an active iteration. */
  activeOnly: boolean;
}

export const useIterationBoard = create<IterationBoardState>(() => ({ names: null, activeIds: [], activeOnly: false }));

export function setBoardIterations(iterations: readonly { id: string; name: string; state: string }[]): void {
  useIterationBoard.setState({
    names: Object.fromEntries(iterations.map((i) => [i.id, i.name])),
    activeIds: iterations.filter((i) => i.state === 'active').map((i) => i.id),
  });
}

export function setActiveIterationOnly(activeOnly: boolean): void {
  useIterationBoard.setState({ activeOnly });
}

/** Another product opened: its iterations load afresh. */
export function resetBoardIterations(): void {
  useIterationBoard.setState({ names: null, activeIds: [], activeOnly: false });
}
