// The table as shown (its filtered, sorted rows and its visible columns, every
// row, not only those scrolled into view) as a CSV or XLSX file, in the UI's
// language. Loaded when an export is asked for; exceljs only for XLSX.
import { dateTimeOf } from '../../domain/dates';
import { datedFileName } from '../../domain/export/fileName';
import { sheetCsv, type Sheet, type SheetCell, type SheetColumn } from '../../domain/export/sheet';
import type { Member, Requirement, Stage } from '../../domain/types';
import type { Translate } from '../../i18n/translate';
import { stageDisplayName } from '../../ui/stageName';
import type { TableColumn } from './columns';

export type TableExportFormat = 'csv' | 'xlsx';

/** What the table shows right now. */
export interface TableView {
  productName: string;
  rows: readonly Requirement[];
  columns: readonly TableColumn[];
  scores: ReadonlyMap<string, number | null>;
  stages: readonly Stage[];
  members: ReadonlyMap<string, Member>;
}

const COLUMN_SHAPES: Record<TableColumn, Omit<SheetColumn, 'header'>> = {
  title: { kind: 'text', width: 44 },
  stage: { kind: 'text', width: 16 },
  type: { kind: 'text', width: 12 },
  priority: { kind: 'text', width: 9 },
  score: { kind: 'number', width: 9 },
  owner: { kind: 'text', width: 16 },
  estimate: { kind: 'number', width: 10 },
  due: { kind: 'day', width: 12 },
  tags: { kind: 'text', width: 24 },
  updated: { kind: 'dateTime', width: 17 },
};

/** The rows and columns of the view, with the values the table displays (stage and type names translated, scores to one decimal). */
export function tableSheet(view: TableView, t: Translate): Sheet {
  const stageNames = new Map(view.stages.map((s) => [s.id, stageDisplayName(s, t)]));
  const cell = (row: Requirement, column: TableColumn): SheetCell => {
    switch (column) {
      case 'title':
        return row.title;
      case 'stage':
        return stageNames.get(row.stageId) ?? '';
      case 'type':
        return t(`type.${row.type}`);
      case 'priority':
        return row.priority;
      case 'score': {
        const score = view.scores.get(row.id) ?? null;
        return score === null ? null : Math.round(score * 10) / 10;
      }
      case 'owner':
        // An owner no longer among the members shows by id, as in the table.
        return row.ownerId === null ? null : (view.members.get(row.ownerId)?.name ?? row.ownerId);
      case 'estimate':
        return row.estimate;
      case 'due':
        return row.dueDate;
      case 'tags':
        return row.tags.join(', ');
      case 'updated':
        return dateTimeOf(new Date(row.updatedAt));
    }
  };
  return {
    name: t('table.export.sheet'),
    columns: view.columns.map((column) => ({ header: t(`table.col.${column}`), ...COLUMN_SHAPES[column] })),
    rows: view.rows.map((row) => view.columns.map((column) => cell(row, column))),
  };
}

const TYPES: Record<TableExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function exportTableView(
  view: TableView,
  format: TableExportFormat,
  t: Translate,
  day: string,
): Promise<{ blob: Blob; fileName: string }> {
  const sheet = tableSheet(view, t);
  const fileName = datedFileName(view.productName, 'requirements', day, format);
  if (format === 'csv') return { blob: new Blob([sheetCsv(sheet)], { type: TYPES.csv }), fileName };
  const { addSheet, workbookBytes } = await import('../../domain/export/xlsx');
  const bytes = await workbookBytes((workbook) => addSheet(workbook, sheet));
  return { blob: new Blob([bytes as BlobPart], { type: TYPES.xlsx }), fileName };
}
