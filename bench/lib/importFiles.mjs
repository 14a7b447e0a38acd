// Import files at scale, generated (never committed): a Jira CSV with the header of a real
// 379-column export, a Trello board JSON and a plain spreadsheet CSV. The real exports in
// e2e/fixtures give the shape; rows are their rows again with fresh keys, so every value is one
// a real export holds. Deterministic: the same size gives the same bytes.
import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../../e2e/fixtures/', import.meta.url);

/** Columns in a real "all fields" Jira Cloud export of a company-managed project. */
export const JIRA_COLUMNS = 379;

/** RFC 4180 field. @param {string} value */
function csvField(value) {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A tiny CSV reader for the fixture (quoted newlines, "" escapes); the app's own reader is what is measured. @param {string} text */
function readCsv(text) {
  /** @type {string[][]} */
  const records = [];
  /** @type {string[]} */
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (record.push(field), (field = ''));
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      (record.push(field), records.push(record), (record = []), (field = ''));
    } else field += ch;
  }
  if (field !== '' || record.length) (record.push(field), records.push(record));
  return records;
}

/** Extra headers a big Jira instance adds: repeated multi-value fields, then custom fields. @param {number} count */
function extraJiraHeaders(count) {
  const repeated = [
    'Attachment',
    'Attachment',
    'Attachment',
    'Comment',
    'Comment',
    'Comment',
    'Inward issue link (Blocks)',
    'Outward issue link (Blocks)',
    'Watchers',
    'Watchers',
    'Component/s',
    'Fix versions',
    'Affects versions',
  ];
  const out = repeated.slice(0, count);
  for (let i = out.length; i < count; i++) out.push(`Custom field (Field ${i + 1})`);
  return out;
}

/**
 * A Jira CSV of `rows` issues and JIRA_COLUMNS columns (about 2.4 kB a row, 24 MB at 10,000,
 * as the real export in issue 16). Returns the text.
 * @param {number} rows
 */
export function jiraCsv(rows) {
  const text = readFileSync(new URL('jira-pdp-scrum-en.csv', FIXTURES), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...sample] = readCsv(text).filter((r) => r.length > 1);
  const extra = extraJiraHeaders(JIRA_COLUMNS - header.length);
  const keyCol = header.indexOf('Issue key');
  const idCol = header.indexOf('Issue id');
  const parentCols = ['Parent', 'Parent key', 'Parent summary'].map((h) => header.indexOf(h));
  const lines = [[...header, ...extra].map(csvField).join(',')];
  for (let i = 0; i < rows; i++) {
    const cells = [...sample[i % sample.length]];
    cells[keyCol] = `BIG-${i + 1}`;
    cells[idCol] = String(100000 + i);
    // Parents point at rows of the fixture that are not repeated here; a real export's parents are in the file.
    for (const c of parentCols) cells[c] = '';
    const more = extra.map((h, j) => {
      if (h === 'Comment')
        return j === 3 && i % 3 === 0 ? `06/May/26 7:46 AM;712020:72f6c6d8;Reviewed in the sync, row ${i + 1}.` : '';
      if (h === 'Watchers') return 'Bilal Ashrafov';
      if (h.startsWith('Custom field') && j % 5 === 0) return `Value ${(i * 7 + j) % 97}`;
      return '';
    });
    lines.push([...cells, ...more].map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * What the app should make of jiraCsv(rows): epics become initiatives, every other issue a requirement.
 * @param {number} rows
 */
export function jiraCsvCounts(rows) {
  const text = readFileSync(new URL('jira-pdp-scrum-en.csv', FIXTURES), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...sample] = readCsv(text).filter((r) => r.length > 1);
  const typeCol = header.indexOf('Issue Type');
  let initiatives = 0;
  for (let i = 0; i < rows; i++) if (/^epic$/i.test(sample[i % sample.length][typeCol].trim())) initiatives++;
  return { requirements: rows - initiatives, initiatives };
}

/** A Trello board export of `cards` cards: the fixture's lists, labels and members, its cards again with fresh ids. @param {number} cards */
export function trelloJson(cards) {
  const board = JSON.parse(readFileSync(new URL('trello-how-goes-it-en.json', FIXTURES), 'utf8'));
  const sample = board.cards;
  const hex = (/** @type {number} */ n) => n.toString(16).padStart(24, '0');
  board.cards = Array.from({ length: cards }, (_, i) => ({
    ...sample[i % sample.length],
    id: hex(0xc000000 + i),
    idShort: i + 1,
    pos: (i + 1) * 1024,
    idChecklists: [],
    name: `${sample[i % sample.length].name} #${i + 1}`,
  }));
  // Checklists and comments belong to the fixture's own card ids; the copies carry none.
  board.checklists = [];
  board.actions = [];
  return JSON.stringify(board);
}

/** A spreadsheet of `rows` requirements with the headers people type. @param {number} rows */
export function genericCsv(rows) {
  const stages = ['Backlog', 'Analysis', 'Design', 'In progress', 'Testing', 'Done'];
  const priorities = ['High', 'Medium', 'Low', 'Highest'];
  const lines = ['Title,Description,Status,Priority,Type,Tags,Due date,Owner,Estimate'];
  for (let i = 0; i < rows; i++) {
    const due = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    lines.push(
      [
        `Requirement ${i + 1}: export the roadmap, part ${i % 37}`,
        `Why: customers asked, "again" (${i}).\nHow: see the spec.`,
        stages[i % stages.length],
        priorities[i % priorities.length],
        i % 5 ? 'Feature' : 'Bug',
        'import,scale',
        due,
        `Owner ${i % 9}`,
        String(i % 13),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
