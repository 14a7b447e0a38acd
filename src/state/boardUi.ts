// Session state of the board: what is open and what is being dragged. Never
// planning data: that is read live from IndexedDB.
import { create } from 'zustand';
import { NO_FILTERS, type RequirementFilters } from '../domain/filters/types';

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

/** A move shown on the board before IndexedDB has confirmed it, so the card never flickers back. */
export interface PendingMove {
  stageId: string;
  rank: string;
}

interface BoardUiState {
  selectedRequirementId: string | null;
  stageSettingsOpen: boolean;
  settingsOpen: boolean;
  activeDragId: string | null;
  pendingMoves: Record<string, PendingMove>;
  /** Search and filters of the board and the table; mirrored in the URL, cleared when another product opens. */
  filters: RequirementFilters;
}

export const useBoardUi = create<BoardUiState>(() => ({
  selectedRequirementId: null,
  stageSettingsOpen: false,
  settingsOpen: false,
  activeDragId: null,
  pendingMoves: {},
  filters: NO_FILTERS,
}));

/** Sets the search text, keeping the other filters. */
export function setBoardFilter(q: string): void {
  useBoardUi.setState((s) => ({ filters: { ...s.filters, q } }));
}

export function setFilters(filters: RequirementFilters): void {
  useBoardUi.setState({ filters });
}

let filtersProductId: string | null = null;

/** Filters name one product's stages and members: opening another product starts unfiltered. */
export function keepFiltersFor(productId: string): void {
  if (filtersProductId !== null && filtersProductId !== productId) setFilters(NO_FILTERS);
  filtersProductId = productId;
}

export function openRequirement(id: string | null): void {
  useBoardUi.setState({ selectedRequirementId: id });
}

export function setStageSettingsOpen(open: boolean): void {
  useBoardUi.setState({ stageSettingsOpen: open });
}

export function setSettingsOpen(open: boolean): void {
  useBoardUi.setState({ settingsOpen: open });
}

export function setActiveDrag(id: string | null): void {
  useBoardUi.setState({ activeDragId: id });
}

export function addPendingMove(id: string, move: PendingMove): void {
  useBoardUi.setState((s) => ({ pendingMoves: { ...s.pendingMoves, [id]: move } }));
}

export function clearPendingMove(id: string): void {
  useBoardUi.setState((s) => {
    if (!(id in s.pendingMoves)) return s;
    const next = { ...s.pendingMoves };
    delete next[id];
    return { pendingMoves: next };
  });
}
