// A parsed CSV as importers read it: header names by position (Jira repeats some).
import { isBlankRecord, parseCsv, type CsvTable, type Delimiter } from './csv';
import type { ImportProblem } from './plan';

export interface Table {
  headers: string[];
  /** Data records (blank ones dropped), each with its starting line. */
  rows: { cells: string[]; line: number }[];
  problems: ImportProblem[];
}

export function toTable(csv: CsvTable): Table {
  const problems: ImportProblem[] = [];
  if (csv.unterminatedQuoteLine !== null) {
    problems.push({
      where: `line ${csv.unterminatedQuoteLine}`,
      code: 'unterminatedQuote',
      detail: '',
      blocking: true,
    });
  }
  const [header, ...rest] = csv.records;
  if (!header || isBlankRecord(header)) {
    return {
      headers: [],
      rows: [],
      problems: [...problems, { where: 'line 1', code: 'emptyFile', detail: '', blocking: true }],
    };
  }
  const headers = header.map((h) => h.trim());
  const rows: Table['rows'] = [];
  rest.forEach((cells, i) => {
    if (isBlankRecord(cells)) return;
    const line = csv.lines[i + 1] ?? 0;
    if (cells.length !== headers.length) {
      problems.push({
        where: `line ${line}`,
        code: 'fieldCount',
        detail: `${cells.length}/${headers.length}`,
        blocking: false,
      });
    }
    rows.push({ cells, line });
  });
  if (rows.length === 0) problems.push({ where: 'line 2', code: 'noRows', detail: '', blocking: true });
  return { headers, rows, problems };
}

export function readTable(text: string, delimiter: Delimiter, onProgress?: (fraction: number) => void): Table {
  return toTable(parseCsv(text, delimiter, onProgress));
}

/** Column positions of every header named like one of `names` (case-insensitive). */
export function columns(headers: readonly string[], names: readonly string[]): number[] {
  const wanted = names.map((n) => n.toLowerCase());
  return headers.flatMap((h, i) => (wanted.includes(h.toLowerCase()) ? [i] : []));
}

export function firstCell(cells: readonly string[], cols: readonly number[]): string {
  for (const c of cols) {
    const v = (cells[c] ?? '').trim();
    if (v !== '') return v;
  }
  return '';
}

export function allCells(cells: readonly string[], cols: readonly number[]): string[] {
  return cols.map((c) => (cells[c] ?? '').trim()).filter((v) => v !== '');
}
