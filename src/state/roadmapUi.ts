// Session state of the roadmap views: what is open. The view and zoom are
// preferences (state/preferences); lanes and initiatives are read live from IndexedDB.
import { create } from 'zustand';

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

/** What the initiative editor was opened for: a new initiative (maybe prefilled by drawing) or an existing one. */
export type EditorTarget =
  | { mode: 'new'; laneId?: string; start?: string; end?: string; horizon?: 'now' | 'next' | 'later' }
  | { mode: 'edit'; id: string };

interface RoadmapUiState {
  editor: EditorTarget | null;
  laneManagerOpen: boolean;
  exportOpen: boolean;
}

export const useRoadmapUi = create<RoadmapUiState>(() => ({
  editor: null,
  laneManagerOpen: false,
  exportOpen: false,
}));

export function openInitiativeEditor(editor: EditorTarget | null): void {
  useRoadmapUi.setState({ editor });
}

export function setLaneManagerOpen(open: boolean): void {
  useRoadmapUi.setState({ laneManagerOpen: open });
}

export function setExportOpen(open: boolean): void {
  useRoadmapUi.setState({ exportOpen: open });
}
