// Session state of the prioritise view: which framework ranks the list. Not
// the product's card score (that is a setting, in the database).
import { create } from 'zustand';
import type { Framework } from '../domain/scoring/score';

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

interface PrioritiseUiState {
  /** null follows the product's card score (RICE when the cards show none). */
  framework: Framework | null;
}

export const usePrioritiseUi = create<PrioritiseUiState>(() => ({ framework: null }));

export function setRankingFramework(framework: Framework): void {
  usePrioritiseUi.setState({ framework });
}
