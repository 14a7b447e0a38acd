// The roadmap as CSV: initiatives, and their requirements when asked. Quoting,
// the BOM and the formula guard are the shared ones in domain/export/csv.ts.
import { csvFile } from '../../export/csv';
import type { ExportOptions, RoadmapExportData } from '../types';
import type { ExportLabels } from './labels';
import { isDated, percentText, progressShare, selectForExport } from './select';

export function exportCsv(data: RoadmapExportData, options: ExportOptions, labels: ExportLabels): string {
  const selection = selectForExport(data, options);
  const withRequirements = options.includeRequirements;
  const header = withRequirements
    ? [
        labels.kind,
        labels.lane,
        labels.initiative,
        labels.requirement,
        labels.status,
        labels.start,
        labels.end,
        labels.horizon,
        labels.milestone,
        labels.progress,
        labels.owner,
        labels.priority,
        labels.estimate,
      ]
    : [
        labels.lane,
        labels.initiative,
        labels.status,
        labels.start,
        labels.end,
        labels.horizon,
        labels.milestone,
        labels.progress,
        labels.owner,
      ];
  const rows: string[][] = [header];
  for (const initiative of selection.initiatives) {
    const lane = selection.laneById.get(initiative.laneId)?.name ?? '';
    const dated = isDated(initiative);
    const common = {
      status: labels.statuses[initiative.status],
      start: dated ? initiative.start : '',
      end: dated ? initiative.end : '',
      horizon: labels.horizons[initiative.horizon],
      milestone: initiative.milestone ? labels.yes : labels.no,
      progress: percentText(progressShare(initiative)),
      owner: initiative.owner ?? '',
    };
    if (!withRequirements) {
      rows.push([
        lane,
        initiative.title,
        common.status,
        common.start,
        common.end,
        common.horizon,
        common.milestone,
        common.progress,
        common.owner,
      ]);
      continue;
    }
    rows.push([
      labels.initiative,
      lane,
      initiative.title,
      '',
      common.status,
      common.start,
      common.end,
      common.horizon,
      common.milestone,
      common.progress,
      common.owner,
      '',
      '',
    ]);
    for (const requirement of selection.requirementsByInitiative.get(initiative.id) ?? []) {
      rows.push([
        labels.requirement,
        lane,
        initiative.title,
        requirement.title,
        requirement.stage,
        '',
        '',
        '',
        '',
        requirement.done ? '100%' : '',
        requirement.owner ?? '',
        requirement.priority,
        requirement.estimate === null ? '' : String(requirement.estimate),
      ]);
    }
  }
  return csvFile(rows);
}
