// Session state of the board: what is open and what is being dragged. Never
// planning data: that is read live from IndexedDB.
import { create } from 'zustand';

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
  /** The board's search text; cleared when another product opens. */
  filter: string;
}

export const useBoardUi = create<BoardUiState>(() => ({
  selectedRequirementId: null,
  stageSettingsOpen: false,
  settingsOpen: false,
  activeDragId: null,
  pendingMoves: {},
  filter: '',
}));

export function setBoardFilter(filter: string): void {
  useBoardUi.setState({ filter });
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
