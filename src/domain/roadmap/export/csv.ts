// CSV for spreadsheets: RFC 4180 quoting, CRLF rows, a UTF-8 BOM so Excel on
// Windows reads Chinese as UTF-8, and cells neutralised against formula
// injection (OWASP: a leading = + - @ tab or CR makes Excel evaluate the cell).
import type { ExportOptions, RoadmapExportData } from '../types';
import type { ExportLabels } from './labels';
import { isDated, percentText, progressShare, selectForExport } from './select';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes an apostrophe to text a spreadsheet would run as a formula. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRows(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function exportCsv(data: RoadmapExportData, options: ExportOptions, labels: ExportLabels): string {
  const selection = selectForExport(data, options);
  const withRequirements = options.includeRequirements;
  const header = withRequirements
    ? [labels.kind, labels.lane, labels.initiative, labels.requirement, labels.status, labels.start, labels.end,
        labels.horizon, labels.milestone, labels.progress, labels.owner, labels.priority, labels.estimate]
    : [labels.lane, labels.initiative, labels.status, labels.start, labels.end, labels.horizon, labels.milestone,
        labels.progress, labels.owner];
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
      rows.push([lane, initiative.title, common.status, common.start, common.end, common.horizon, common.milestone,
        common.progress, common.owner]);
      continue;
    }
    rows.push([labels.initiative, lane, initiative.title, '', common.status, common.start, common.end, common.horizon,
      common.milestone, common.progress, common.owner, '', '']);
    for (const requirement of selection.requirementsByInitiative.get(initiative.id) ?? []) {
      rows.push([labels.requirement, lane, initiative.title, requirement.title, requirement.stage, '', '', '', '',
        requirement.done ? '100%' : '', requirement.owner ?? '', requirement.priority,
        requirement.estimate === null ? '' : String(requirement.estimate)]);
    }
  }
  return BOM + csvRows(rows);
}
