// Session state of the roadmap views: which view and zoom, what is open.
// Lanes and initiatives themselves are read live from IndexedDB.
import { create } from 'zustand';

export type RoadmapSubView = 'timeline' | 'horizons';
export type RoadmapZoom = 'month' | 'quarter' | 'half';

/** What the initiative editor was opened for: a new initiative (maybe prefilled by drawing) or an existing one. */
export type EditorTarget =
  | { mode: 'new'; laneId?: string; start?: string; end?: string; horizon?: 'now' | 'next' | 'later' }
  | { mode: 'edit'; id: string };

interface RoadmapUiState {
  subView: RoadmapSubView;
  zoom: RoadmapZoom;
  editor: EditorTarget | null;
  laneManagerOpen: boolean;
  exportOpen: boolean;
}

export const useRoadmapUi = create<RoadmapUiState>(() => ({
  subView: 'timeline',
  zoom: 'quarter',
  editor: null,
  laneManagerOpen: false,
  exportOpen: false,
}));

export function setRoadmapSubView(subView: RoadmapSubView): void {
  useRoadmapUi.setState({ subView });
}

export function setRoadmapZoom(zoom: RoadmapZoom): void {
  useRoadmapUi.setState({ zoom });
}

export function openInitiativeEditor(editor: EditorTarget | null): void {
  useRoadmapUi.setState({ editor });
}

export function setLaneManagerOpen(open: boolean): void {
  useRoadmapUi.setState({ laneManagerOpen: open });
}

export function setExportOpen(open: boolean): void {
  useRoadmapUi.setState({ exportOpen: open });
}
