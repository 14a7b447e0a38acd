// RFC 4180 CSV/TSV reader. No parser package is installed (fast-csv is Node-stream only),
// and the grammar is small: quoted fields may hold delimiters, "" escapes and newlines;
// records end at CRLF, LF or CR. Line numbers are kept so problems can point at them.

export interface CsvTable {
  /** Every record, header included, as read (no trimming). */
  records: string[][];
  /** 1-based physical line where each record starts. */
  lines: number[];
  /** Set when the file ends inside a quoted field: the line where that quote opened. */
  unterminatedQuoteLine: number | null;
}

export type Delimiter = ',' | '\t' | ';';

const PROGRESS_EVERY = 1 << 16;

/** Reads `text` (BOM already removed) into records. A final empty line is not a record. */
export function parseCsv(text: string, delimiter: Delimiter = ',', onProgress?: (fraction: number) => void): CsvTable {
  const records: string[][] = [];
  const lines: number[] = [];
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteLine = 0;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  const n = text.length;
  let i = 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    lines.push(recordLine);
    record = [];
    field = '';
    fieldStarted = false;
  };
  let nextReport = PROGRESS_EVERY;
  while (i < n) {
    if (onProgress && i >= nextReport) {
      onProgress(i / n);
      nextReport = i + PROGRESS_EVERY;
    }
    const ch = text[i] as string;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      inQuotes = true;
      quoteLine = line;
      fieldStarted = true;
      i++;
      continue;
    }
    if (ch === delimiter) {
      record.push(field);
      field = '';
      fieldStarted = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (inQuotes) {
    endRecord();
    return { records, lines, unterminatedQuoteLine: quoteLine };
  }
  if (fieldStarted || field !== '' || record.length > 0) endRecord();
  return { records, lines, unterminatedQuoteLine: null };
}

/** The delimiter of the header line: tab for TSV, else ';' when it beats ',' (European Excel). */
export function detectDelimiter(text: string): Delimiter {
  const end = text.search(/\r|\n/);
  const header = end === -1 ? text : text.slice(0, end);
  const count = (d: string) => header.split(d).length - 1;
  if (count('\t') > 0 && count('\t') >= count(',')) return '\t';
  if (count(';') > count(',')) return ';';
  return ',';
}

/** True when a record holds nothing (e.g. a blank line in the middle of a file). */
export function isBlankRecord(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}
