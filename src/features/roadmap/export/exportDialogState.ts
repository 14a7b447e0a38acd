// The Export dialog's state as one reducer: the choices, the lanes offered and
// chosen, and where the export is (loading, working, done, failed). Pure, so
// what enables the Export button and which options reach the exporter are tested
// without rendering the dialog.
import type { MarkdownGrouping } from '../../../domain/roadmap/export/markdown';
import type { ExportFormat, ExportOptions, RoadmapExportData } from '../../../domain/roadmap/types';
import type { ExportStep } from './runExport';

export interface ExportChoices {
  format: ExportFormat;
  from: string;
  to: string;
  includeRequirements: boolean;
  theme: ExportOptions['theme'];
  paper: ExportOptions['paper'];
  zoom: ExportOptions['zoom'];
  grouping: MarkdownGrouping;
}

export type ExportStatus =
  | { kind: 'loading' }
  | { kind: 'idle' }
  | { kind: 'working'; step: ExportStep | 'loading' }
  | { kind: 'done'; fileName: string }
  | { kind: 'error'; message: string };

export interface ExportDialogState {
  choices: ExportChoices;
  /** The product's lanes, null until they are read. */
  lanes: RoadmapExportData['lanes'] | null;
  laneIds: ReadonlySet<string>;
  status: ExportStatus;
}

export type ExportDialogAction =
  | { [K in keyof ExportChoices]: { type: 'choose'; field: K; value: ExportChoices[K] } }[keyof ExportChoices]
  | { type: 'toggleLane'; id: string; checked: boolean }
  | { type: 'lanesLoaded'; lanes: RoadmapExportData['lanes'] }
  | { type: 'status'; status: ExportStatus };

/** The dialog as it opens: a PNG of the given range, light, A4, by month; lanes still loading. */
export function initialExportState(range: { from: string; to: string }): ExportDialogState {
  return {
    choices: {
      format: 'png',
      from: range.from,
      to: range.to,
      includeRequirements: false,
      theme: 'light',
      paper: 'a4',
      zoom: 'month',
      grouping: 'lane',
    },
    lanes: null,
    laneIds: new Set(),
    status: { kind: 'loading' },
  };
}

export function exportDialogReducer(state: ExportDialogState, action: ExportDialogAction): ExportDialogState {
  switch (action.type) {
    case 'choose':
      return { ...state, choices: { ...state.choices, [action.field]: action.value } };
    case 'toggleLane': {
      const laneIds = new Set(state.laneIds);
      if (action.checked) laneIds.add(action.id);
      else laneIds.delete(action.id);
      return { ...state, laneIds };
    }
    case 'lanesLoaded':
      // Every lane starts chosen: most exports are of the whole roadmap.
      return {
        ...state,
        lanes: action.lanes,
        laneIds: new Set(action.lanes.map((lane) => lane.id)),
        status: { kind: 'idle' },
      };
    case 'status':
      return { ...state, status: action.status };
  }
}

/** What keeps the Export button disabled, each shown to the PM in its own words. */
export function exportBlockers({ choices, lanes, laneIds, status }: ExportDialogState): {
  busy: boolean;
  rangeInvalid: boolean;
  noLanes: boolean;
} {
  return {
    busy: status.kind === 'working' || status.kind === 'loading',
    rangeInvalid: choices.from === '' || choices.to === '' || choices.from > choices.to,
    noLanes: lanes !== null && laneIds.size === 0,
  };
}

/** The exporter's options: the chosen lanes in the roadmap's order, the file in the UI language. */
export function exportOptions(
  { choices, lanes, laneIds }: ExportDialogState,
  locale: ExportOptions['locale'],
): ExportOptions {
  const { format, from, to, includeRequirements, theme, paper, zoom } = choices;
  return {
    format,
    from,
    to,
    laneIds: (lanes ?? []).map((lane) => lane.id).filter((id) => laneIds.has(id)),
    includeRequirements,
    theme,
    paper,
    zoom,
    locale,
  };
}
