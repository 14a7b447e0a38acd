// What an export contains: the chosen lanes in the chosen order, the
// initiatives of those lanes that overlap the date range (undated ones always),
// and, when asked, their linked requirements.
import type { ExportOptions, RoadmapExportData } from '../types';

export type ExportLane = RoadmapExportData['lanes'][number];
export type ExportInitiative = RoadmapExportData['initiatives'][number];
export type ExportRequirement = RoadmapExportData['requirements'][number];

export interface ExportSelection {
  lanes: ExportLane[];
  /** Grouped in lane order, dated ones by start then undated by horizon; stable otherwise. */
  initiatives: ExportInitiative[];
  requirements: ExportRequirement[];
  laneById: Map<string, ExportLane>;
  initiativeById: Map<string, ExportInitiative>;
  requirementsByInitiative: Map<string, ExportRequirement[]>;
}

const HORIZON_ORDER = { now: 0, next: 1, later: 2 } as const;

export function isDated(initiative: ExportInitiative): initiative is ExportInitiative & { start: string; end: string } {
  return initiative.start !== null && initiative.end !== null;
}

export function overlapsRange(initiative: ExportInitiative, from: string, to: string): boolean {
  if (!isDated(initiative)) return true;
  return initiative.start <= to && initiative.end >= from;
}

export function selectForExport(data: RoadmapExportData, options: ExportOptions): ExportSelection {
  const known = new Map(data.lanes.map((lane) => [lane.id, lane]));
  const lanes = options.laneIds.flatMap((id) => {
    const lane = known.get(id);
    return lane ? [lane] : [];
  });
  const laneOrder = new Map(lanes.map((lane, index) => [lane.id, index]));
  const initiatives = data.initiatives
    .filter((item) => laneOrder.has(item.laneId) && overlapsRange(item, options.from, options.to))
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const lane = (laneOrder.get(a.item.laneId) ?? 0) - (laneOrder.get(b.item.laneId) ?? 0);
      if (lane !== 0) return lane;
      const aDated = isDated(a.item);
      const bDated = isDated(b.item);
      if (aDated !== bDated) return aDated ? -1 : 1;
      if (aDated && bDated && a.item.start !== b.item.start) return a.item.start! < b.item.start! ? -1 : 1;
      if (!aDated && !bDated && a.item.horizon !== b.item.horizon) {
        return HORIZON_ORDER[a.item.horizon] - HORIZON_ORDER[b.item.horizon];
      }
      return a.index - b.index;
    })
    .map(({ item }) => item);
  const initiativeById = new Map(initiatives.map((item) => [item.id, item]));
  const requirements = options.includeRequirements
    ? data.requirements.filter((requirement) => initiativeById.has(requirement.initiativeId))
    : [];
  const requirementsByInitiative = new Map<string, ExportRequirement[]>();
  for (const requirement of requirements) {
    const list = requirementsByInitiative.get(requirement.initiativeId);
    if (list) list.push(requirement);
    else requirementsByInitiative.set(requirement.initiativeId, [requirement]);
  }
  return { lanes, initiatives, requirements, laneById: known, initiativeById, requirementsByInitiative };
}

/** The progress a reader sees: share of linked requirements done, by count; null when nothing is linked. */
export function progressShare(initiative: ExportInitiative): number | null {
  return initiative.progress.byCount;
}

export function percentText(share: number | null): string {
  return share === null ? '' : `${Math.round(share * 100)}%`;
}
