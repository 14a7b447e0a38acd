// The roadmap as data, for scripts and for a future import: a versioned
// envelope ({type, formatVersion}) so a reader can tell what it holds.
import type { ExportOptions, RoadmapExportData } from '../types';
import { selectForExport } from './select';

export const ROADMAP_JSON_TYPE = 'cairn-roadmap';
export const ROADMAP_JSON_VERSION = 1;

export interface RoadmapJson {
  type: typeof ROADMAP_JSON_TYPE;
  formatVersion: typeof ROADMAP_JSON_VERSION;
  generatedAt: string;
  options: Omit<ExportOptions, 'format'>;
  product: RoadmapExportData['product'];
  lanes: RoadmapExportData['lanes'];
  initiatives: RoadmapExportData['initiatives'];
  requirements: RoadmapExportData['requirements'];
}

export function roadmapJson(data: RoadmapExportData, options: ExportOptions): RoadmapJson {
  const selection = selectForExport(data, options);
  return {
    type: ROADMAP_JSON_TYPE,
    formatVersion: ROADMAP_JSON_VERSION,
    generatedAt: data.generatedAt,
    options: {
      from: options.from,
      to: options.to,
      laneIds: options.laneIds,
      includeRequirements: options.includeRequirements,
      theme: options.theme,
      paper: options.paper,
      zoom: options.zoom,
      locale: options.locale,
    },
    product: data.product,
    lanes: selection.lanes,
    initiatives: selection.initiatives,
    requirements: selection.requirements,
  };
}

export function exportJson(data: RoadmapExportData, options: ExportOptions): string {
  return `${JSON.stringify(roadmapJson(data, options), null, 2)}\n`;
}
