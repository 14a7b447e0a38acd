// exceljs helpers shared by every XLSX Cairn writes (roadmap, table). exceljs
// is large, so it is imported only when a workbook is written.
import type { Workbook, Worksheet } from 'exceljs';
import type { Sheet, SheetCell, SheetCellKind } from './sheet';

/** Excel stores a date as a day count; exceljs converts a Date at UTC midnight to exactly that day. */
export function excelDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** 'YYYY-MM-DD HH:mm' as Excel shows it: Excel has no time zones, so the wall-clock time is stored as UTC. */
export function excelDateTime(local: string): Date {
  const [day = '', time = '00:00'] = local.split(' ');
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Date(excelDate(day).getTime() + (h * 60 + min) * 60_000);
}

/** A bold, frozen header row with filters on, as every exported sheet has. */
export function styleHeader(sheet: Worksheet, columns: number): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
}

const NUMBER_FORMATS: Partial<Record<SheetCellKind, string>> = { day: 'yyyy-mm-dd', dateTime: 'yyyy-mm-dd hh:mm' };

function cellValue(cell: SheetCell, kind: SheetCellKind): string | number | Date | null {
  if (cell === null || cell === '') return null;
  if (kind === 'day' && typeof cell === 'string') return excelDate(cell);
  if (kind === 'dateTime' && typeof cell === 'string') return excelDateTime(cell);
  // Strings stay strings: exceljs writes them as text, never as a formula.
  return cell;
}

/** Adds a sheet of plain rows, with real numbers and dates, to a workbook. */
export function addSheet(workbook: Workbook, sheet: Sheet): Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name);
  worksheet.columns = sheet.columns.map((column) => {
    const numFmt = NUMBER_FORMATS[column.kind];
    return { header: column.header, width: column.width, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  for (const row of sheet.rows)
    worksheet.addRow(row.map((cell, i) => cellValue(cell, sheet.columns[i]?.kind ?? 'text')));
  styleHeader(worksheet, sheet.columns.length);
  return worksheet;
}

/** A new workbook, filled by `fill`, as the bytes of an .xlsx file. */
export async function workbookBytes(fill: (workbook: Workbook) => void): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cairn';
  fill(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
