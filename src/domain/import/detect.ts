// Which importer a file most likely needs; the PM can change it.
import { detectDelimiter } from './csv';
import { looksLikeJira } from './jira';
import type { ImportSource } from './plan';
import { readTable } from './table';

export function detectSource(fileName: string, text: string): ImportSource {
  const head = text.trimStart();
  if (/\.json$/i.test(fileName) || head.startsWith('{')) return 'trello';
  const firstLine = text.slice(0, 20_000);
  const table = readTable(firstLine.split(/\r?\n/)[0] ?? '', detectDelimiter(firstLine));
  return looksLikeJira(table.headers) ? 'jira' : 'csv';
}
