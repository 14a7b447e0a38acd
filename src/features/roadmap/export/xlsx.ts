// The XLSX workbook: an Initiatives sheet (real Excel dates, progress as a
// percentage, rows tinted with their lane's colour) and, when asked, a
// Requirements sheet; both with a frozen header row and filters on.
// exceljs is large, so it is imported only when an XLSX export runs (domain/export/xlsx.ts).
import type { Workbook } from 'exceljs';
import { excelDate, styleHeader, workbookBytes } from '../../../domain/export/xlsx';
import { isDated, progressShare, selectForExport } from '../../../domain/roadmap/export/select';
import type { ExportLabels } from '../../../domain/roadmap/export/labels';
import { safeColor } from '../../../domain/roadmap/export/theme';
import type { ExportOptions, RoadmapExportData } from '../../../domain/roadmap/types';

export interface SheetNames {
  initiatives: string;
  requirements: string;
}

/** The lane colour mixed with white, light enough for black text. */
export function tint(hex: string, amount = 0.8): string {
  const color = safeColor(hex);
  const channel = (i: number) => {
    const value = parseInt(color.slice(i, i + 2), 16);
    return Math.round(value + (255 - value) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `FF${channel(1)}${channel(3)}${channel(5)}`.toUpperCase();
}

export function fillRoadmapWorkbook(
  workbook: Workbook,
  data: RoadmapExportData,
  options: ExportOptions,
  labels: ExportLabels,
  names: SheetNames,
): void {
  const selection = selectForExport(data, options);
  workbook.creator = 'Cairn';
  workbook.created = new Date(data.generatedAt);

  const initiatives = workbook.addWorksheet(names.initiatives);
  initiatives.columns = [
    { header: labels.lane, key: 'lane', width: 22 },
    { header: labels.initiative, key: 'title', width: 44 },
    { header: labels.status, key: 'status', width: 14 },
    { header: labels.start, key: 'start', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
    { header: labels.end, key: 'end', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
    { header: labels.horizon, key: 'horizon', width: 10 },
    { header: labels.milestone, key: 'milestone', width: 10 },
    { header: labels.progress, key: 'progress', width: 10, style: { numFmt: '0%' } },
    { header: labels.owner, key: 'owner', width: 16 },
    { header: labels.description, key: 'description', width: 50 },
  ];
  for (const initiative of selection.initiatives) {
    const lane = selection.laneById.get(initiative.laneId);
    const dated = isDated(initiative);
    const row = initiatives.addRow({
      lane: lane?.name ?? '',
      title: initiative.title,
      status: labels.statuses[initiative.status],
      start: dated ? excelDate(initiative.start) : null,
      end: dated ? excelDate(initiative.end) : null,
      horizon: labels.horizons[initiative.horizon],
      milestone: initiative.milestone ? labels.yes : labels.no,
      progress: progressShare(initiative),
      owner: initiative.owner ?? '',
      description: initiative.description,
    });
    const argb = tint(lane?.color ?? initiative.color);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    });
    row.getCell('lane').border = {
      left: {
        style: 'thick',
        color: {
          argb: `FF${safeColor(lane?.color ?? initiative.color)
            .slice(1)
            .toUpperCase()}`,
        },
      },
    };
  }
  styleHeader(initiatives, initiatives.columns.length);

  if (!options.includeRequirements) return;
  const requirements = workbook.addWorksheet(names.requirements);
  requirements.columns = [
    { header: labels.lane, key: 'lane', width: 22 },
    { header: labels.initiative, key: 'initiative', width: 36 },
    { header: labels.requirement, key: 'title', width: 44 },
    { header: labels.stage, key: 'stage', width: 14 },
    { header: labels.priority, key: 'priority', width: 10 },
    { header: labels.owner, key: 'owner', width: 16 },
    { header: labels.estimate, key: 'estimate', width: 10 },
    { header: labels.done, key: 'done', width: 8 },
  ];
  for (const initiative of selection.initiatives) {
    const lane = selection.laneById.get(initiative.laneId);
    for (const requirement of selection.requirementsByInitiative.get(initiative.id) ?? []) {
      requirements.addRow({
        lane: lane?.name ?? '',
        initiative: initiative.title,
        title: requirement.title,
        stage: requirement.stage,
        priority: requirement.priority,
        owner: requirement.owner ?? '',
        estimate: requirement.estimate,
        done: requirement.done ? labels.yes : labels.no,
      });
    }
  }
  styleHeader(requirements, requirements.columns.length);
}

export async function exportXlsx(
  data: RoadmapExportData,
  options: ExportOptions,
  labels: ExportLabels,
  names: SheetNames,
): Promise<Uint8Array> {
  return workbookBytes((workbook) => fillRoadmapWorkbook(workbook, data, options, labels, names));
}
