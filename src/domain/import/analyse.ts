// The whole read of a file, as the import worker runs it: decode, pick the importer,
// parse and build the plan. Pure, so it is tested without a worker.
import { detectDelimiter } from './csv';
import { detectSource } from './detect';
import { decodeBytes, type Encoding, type EncodingChoice } from './encoding';
import { buildGenericPlan, guessMapping, type ColumnMapping } from './generic';
import { parseJira } from './jira';
import { emptyPlan, type ImportPlan, type ImportSource } from './plan';
import { IMPORT_LIMITS, refuseBytes, refuseTrello, type Refusal } from './refusal';
import { readTable, type Table } from './table';
import { parseTrello } from './trello';

export interface AnalyseOptions {
  fileName: string;
  /** null: detect from the content. */
  source: ImportSource | null;
  encoding: EncodingChoice;
}

export interface Analysis {
  source: ImportSource;
  detectedSource: ImportSource;
  encoding: Encoding;
  /** CSV files: headers, the first rows and the column mapping used (generic CSV only). */
  headers: string[];
  preview: string[][];
  columnMapping: ColumnMapping;
  plan: ImportPlan;
  /** Set when the file is refused on the first step; the plan is then empty. */
  refusal: Refusal | null;
}

const PREVIEW_ROWS = 5;

/** Reads a file into a plan; `table` is returned so a new column mapping can be applied without re-reading. */
export function analyse(
  bytes: Uint8Array,
  options: AnalyseOptions,
  onProgress: (fraction: number) => void = () => {},
): { analysis: Analysis; table: Table | null } {
  const early = refuseBytes(bytes);
  const decoded = early ? { text: '', encoding: 'utf-8' as const, bom: false } : decodeBytes(bytes, options.encoding);
  onProgress(0.2);
  const detectedSource = detectSource(options.fileName, decoded.text);
  const source = options.source ?? detectedSource;
  const name = options.fileName.replace(/\.[^.]+$/, '').slice(0, 200) || 'Import';
  const refused = (refusal: Refusal) => ({
    analysis: {
      source,
      detectedSource,
      encoding: decoded.encoding,
      headers: [],
      preview: [],
      columnMapping: [],
      plan: emptyPlan(source, name),
      refusal,
    },
    table: null,
  });
  if (early) return refused(early);
  if (decoded.text.trim() === '') return refused({ code: 'empty', detail: '' });
  if (source === 'trello') {
    const notTrello = refuseTrello(decoded.text);
    if (notTrello) return refused(notTrello);
    const plan = parseTrello(decoded.text);
    onProgress(1);
    return {
      analysis: {
        source,
        detectedSource,
        encoding: decoded.encoding,
        headers: [],
        preview: [],
        columnMapping: [],
        plan,
        refusal: null,
      },
      table: null,
    };
  }
  const table = readTable(decoded.text, detectDelimiter(decoded.text), (fraction) => onProgress(0.2 + fraction * 0.6));
  onProgress(0.8);
  if (table.rows.length > IMPORT_LIMITS.maxRows)
    return refused({ code: 'tooManyRows', detail: String(table.rows.length) });
  if (table.rows.length === 0 && table.headers.length > 0) return refused({ code: 'noRows', detail: '' });
  const preview = table.rows.slice(0, PREVIEW_ROWS).map((r) => r.cells);
  const columnMapping = source === 'csv' ? guessMapping(table.headers) : [];
  const plan = source === 'jira' ? parseJira(table) : buildGenericPlan(table, columnMapping, name);
  onProgress(1);
  return {
    analysis: {
      source,
      detectedSource,
      encoding: decoded.encoding,
      headers: table.headers,
      preview,
      columnMapping,
      plan,
      refusal: null,
    },
    table,
  };
}
