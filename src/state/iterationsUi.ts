// Session state of the iterations view: which iteration is open, kept while
// the person visits the board and comes back.
import { create } from 'zustand';

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

export const useIterationsUi = create<{ selectedId: string | null }>(() => ({ selectedId: null }));

export function selectIteration(selectedId: string | null): void {
  useIterationsUi.setState({ selectedId });
}
