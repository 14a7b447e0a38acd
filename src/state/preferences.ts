import { create } from 'zustand';
import { detectLocale, ensureLocale, type Locale } from '../i18n/translate';
import { loadPreferences, savePreferences } from './persist';

/** Session state (docs/ARCHITECTURE.md, Store scopes): this device's choices, kept by persist.ts, never part of a product or its exports. */
export const scope = 'session';

export type RoadmapSubView = 'timeline' | 'horizons';
export type RoadmapZoom = 'month' | 'quarter' | 'half';

interface PreferencesState {
  locale: Locale;
  currentProductId: string | null;
  /** The roadmap reopens as the PM left it. */
  roadmapView: RoadmapSubView;
  roadmapZoom: RoadmapZoom;
  /** The table's columns as the PM chose them; null until they choose. */
  tableColumns: string[] | null;
}

function initialPreferences(): PreferencesState {
  const stored = loadPreferences();
  const languages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return {
    locale: stored.locale ?? detectLocale(languages),
    currentProductId: stored.currentProductId ?? null,
    roadmapView: stored.roadmapView ?? 'timeline',
    roadmapZoom: stored.roadmapZoom ?? 'quarter',
    tableColumns: stored.tableColumns ?? null,
  };
}

export const usePreferences = create<PreferencesState>(() => initialPreferences());

usePreferences.subscribe((state) =>
  savePreferences({
    locale: state.locale,
    currentProductId: state.currentProductId,
    roadmapView: state.roadmapView,
    roadmapZoom: state.roadmapZoom,
    ...(state.tableColumns ? { tableColumns: state.tableColumns } : {}),
  }),
);

/** Switches language once its messages are loaded, so no screen shows half of each. */
export async function setLocale(locale: Locale): Promise<void> {
  await ensureLocale(locale);
  usePreferences.setState({ locale });
}

export function setCurrentProduct(productId: string | null): void {
  usePreferences.setState({ currentProductId: productId });
}

export function setRoadmapSubView(roadmapView: RoadmapSubView): void {
  usePreferences.setState({ roadmapView });
}

export function setRoadmapZoom(roadmapZoom: RoadmapZoom): void {
  usePreferences.setState({ roadmapZoom });
}

export function setTableColumns(tableColumns: string[]): void {
  usePreferences.setState({ tableColumns });
}
