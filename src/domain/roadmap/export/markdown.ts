// Markdown for a wiki: a GitHub-flavoured table per lane or per horizon.
// Cell text is escaped so a pipe cannot split a cell, a newline cannot end a
// row and user text cannot inject HTML or formatting into the wiki page.
import { HORIZONS, type ExportOptions, type RoadmapExportData } from '../types';
import { fill, type ExportLabels } from './labels';
import {
  isDated,
  percentText,
  progressShare,
  selectForExport,
  type ExportInitiative,
  type ExportSelection,
} from './select';

export type MarkdownGrouping = 'lane' | 'horizon';

/** Escapes text for one table cell (or a heading): one line, no markup. */
export function markdownText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, '<br>');
}

function when(initiative: ExportInitiative, labels: ExportLabels): string {
  if (!isDated(initiative)) return labels.horizons[initiative.horizon];
  if (initiative.milestone || initiative.start === initiative.end) return `◆ ${initiative.start}`;
  return `${initiative.start} → ${initiative.end}`;
}

function table(
  initiatives: readonly ExportInitiative[],
  selection: ExportSelection,
  labels: ExportLabels,
  options: ExportOptions,
  firstColumn: 'lane' | 'horizon',
): string {
  const header = [
    firstColumn === 'lane' ? labels.lane : labels.horizon,
    labels.initiative,
    labels.status,
    labels.when,
    labels.progress,
    labels.owner,
  ];
  if (options.includeRequirements) header.push(labels.requirements);
  const lines = [`| ${header.map(markdownText).join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
  for (const initiative of initiatives) {
    const cells = [
      firstColumn === 'lane'
        ? (selection.laneById.get(initiative.laneId)?.name ?? '')
        : labels.horizons[initiative.horizon],
      initiative.title,
      labels.statuses[initiative.status],
      when(initiative, labels),
      percentText(progressShare(initiative)),
      initiative.owner ?? '',
    ].map(markdownText);
    if (options.includeRequirements) {
      const requirements = selection.requirementsByInitiative.get(initiative.id) ?? [];
      cells.push(
        requirements
          .map(
            (requirement) =>
              `${requirement.done ? '☑' : '☐'} ${markdownText(requirement.title)} (${markdownText(requirement.stage)})`,
          )
          .join('<br>'),
      );
    }
    lines.push(`| ${cells.map((cell) => cell || ' ').join(' | ')} |`);
  }
  return lines.join('\n');
}

export function exportMarkdown(
  data: RoadmapExportData,
  options: ExportOptions,
  labels: ExportLabels,
  grouping: MarkdownGrouping = 'lane',
): string {
  const selection = selectForExport(data, options);
  const parts = [
    `# ${markdownText(fill(labels.title, { product: data.product.name }))}`,
    `${markdownText(fill(labels.exportedOn, { date: data.today }))} · ${markdownText(fill(labels.range, { from: options.from, to: options.to }))}`,
  ];
  if (grouping === 'lane') {
    for (const lane of selection.lanes) {
      const items = selection.initiatives.filter((item) => item.laneId === lane.id);
      if (items.length === 0) continue;
      // A horizon column instead of a lane column: the lane is the heading.
      parts.push(`## ${markdownText(lane.name)}`, table(items, selection, labels, options, 'horizon'));
    }
  } else {
    for (const horizon of HORIZONS) {
      const items = selection.initiatives.filter((item) => item.horizon === horizon);
      if (items.length === 0) continue;
      parts.push(`## ${markdownText(labels.horizons[horizon])}`, table(items, selection, labels, options, 'lane'));
    }
  }
  return parts.join('\n\n') + '\n';
}
