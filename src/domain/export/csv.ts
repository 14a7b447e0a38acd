// CSV for spreadsheets, shared by every CSV Cairn writes (roadmap, table):
// RFC 4180 quoting, CRLF rows, a UTF-8 BOM so Excel on Windows reads Chinese
// as UTF-8, and cells neutralised against formula injection (OWASP: a leading
// = + - @ tab or CR makes Excel evaluate the cell).

export const BOM = '\uFEFF';
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

/** A whole CSV file: the BOM, then the rows. */
export function csvFile(rows: readonly (readonly string[])[]): string {
  return BOM + csvRows(rows);
}
