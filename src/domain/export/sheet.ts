// A plain table for export (a header per column, rows of values), written as
// CSV here and as XLSX by xlsx.ts, so both files show the same cells.
import { csvFile } from './csv';

/** How a column's values are stored: a spreadsheet gets real numbers and dates, CSV their plain text. */
export type SheetCellKind = 'text' | 'number' | 'day' | 'dateTime';

export interface SheetColumn {
  header: string;
  kind: SheetCellKind;
  /** Width in characters in the XLSX. */
  width: number;
}

/** Text, a number, a day ('YYYY-MM-DD'), a local date-time ('YYYY-MM-DD HH:mm'), or empty. */
export type SheetCell = string | number | null;

export interface Sheet {
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly (readonly SheetCell[])[];
}

export function sheetCsv(sheet: Sheet): string {
  return csvFile([
    sheet.columns.map((c) => c.header),
    ...sheet.rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))),
  ]);
}
