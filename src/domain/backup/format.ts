// Cairn's full backup file: every table of every product, in a stable layout so
// that two backups of the same data are byte-identical apart from `exportedAt`.
import { capabilitySchema, competitorSchema, type Capability, type Competitor } from '../competitors/types';
import { feedbackSchema, type Feedback } from '../feedback/types';
import { iterationSchema, type Iteration } from '../iterations/types';
import { initiativeSchema, laneSchema, type Initiative, type Lane } from '../roadmap/types';
import { templateSchema, type Template } from '../templates/types';
import { savedViewSchema, type SavedView } from '../views/types';
import {
  eventSchema,
  memberSchema,
  productSchema,
  requirementSchema,
  stageSchema,
  tagSchema,
  type CairnEvent,
  type Member,
  type Product,
  type Requirement,
  type Stage,
  type Tag,
} from '../types';

export const BACKUP_FORMAT = 'cairn-backup';
/** Bump only when the file's layout changes; row shapes follow `app.schemaVersion`. */
export const BACKUP_FORMAT_VERSION = 1;
/** Larger files are refused before they are read: parsing them would exhaust the tab's memory. */
export const BACKUP_MAX_BYTES = 200 * 1024 * 1024;
export const BACKUP_MAX_ROWS = 500_000;

/**
 * The tables a backup carries, in file order (parents before children). The
 * meta table is left out on purpose: it holds facts about this device (e.g.
 * whether the demo was seeded), which must not travel to another one.
 */
export const BACKUP_TABLES = [
  'products',
  'stages',
  'members',
  'tags',
  'lanes',
  'initiatives',
  'iterations',
  'templates',
  'savedViews',
  'competitors',
  'requirements',
  'feedback',
  'capabilities',
  'events',
] as const;
export type BackupTableName = (typeof BACKUP_TABLES)[number];

export interface BackupTables {
  products: Product[];
  stages: Stage[];
  members: Member[];
  tags: Tag[];
  lanes: Lane[];
  initiatives: Initiative[];
  iterations: Iteration[];
  templates: Template[];
  savedViews: SavedView[];
  competitors: Competitor[];
  requirements: Requirement[];
  feedback: Feedback[];
  capabilities: Capability[];
  events: CairnEvent[];
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  exportedAt: string;
  app: { schemaVersion: number };
  tables: BackupTables;
}

export const ROW_SCHEMAS = {
  products: productSchema,
  stages: stageSchema,
  members: memberSchema,
  tags: tagSchema,
  lanes: laneSchema,
  initiatives: initiativeSchema,
  iterations: iterationSchema,
  templates: templateSchema,
  savedViews: savedViewSchema,
  competitors: competitorSchema,
  requirements: requirementSchema,
  feedback: feedbackSchema,
  capabilities: capabilitySchema,
  events: eventSchema,
} as const;

/** Key order of each table's rows: the schema's own order. */
const KEY_ORDER: Record<BackupTableName, string[]> = Object.fromEntries(
  BACKUP_TABLES.map((table) => [table, Object.keys(ROW_SCHEMAS[table].shape)]),
) as Record<BackupTableName, string[]>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys in `order` first, then any others alphabetically; nested objects get sorted keys. */
function ordered(value: unknown, order: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item));
  if (!isPlainObject(value)) return value;
  const known = order.filter((key) => key in value);
  const rest = Object.keys(value)
    .filter((key) => !order.includes(key))
    .sort();
  const result: Record<string, unknown> = {};
  for (const key of [...known, ...rest]) {
    if (value[key] !== undefined) result[key] = ordered(value[key]);
  }
  return result;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The file's text: tables in a fixed order, rows sorted by id, keys in schema
 * order, one row per line (readable, diffable, and far smaller than indenting).
 */
export function serializeBackup(file: BackupFile): string {
  const tables = BACKUP_TABLES.map((table) => {
    const rows = [...(file.tables[table] as { id: string }[])]
      .sort(byId)
      .map((row) => JSON.stringify(ordered(row, KEY_ORDER[table])));
    const body = rows.length === 0 ? '[]' : `[\n    ${rows.join(',\n    ')}\n  ]`;
    return `  ${JSON.stringify(table)}: ${body}`;
  });
  return [
    '{',
    `"format": ${JSON.stringify(file.format)},`,
    `"formatVersion": ${JSON.stringify(file.formatVersion)},`,
    `"exportedAt": ${JSON.stringify(file.exportedAt)},`,
    `"app": ${JSON.stringify({ schemaVersion: file.app.schemaVersion })},`,
    '"tables": {',
    tables.join(',\n'),
    '}',
    '}',
    '',
  ].join('\n');
}

/** `cairn-backup-YYYY-MM-DD.json`, with the day as the person sees it. */
export function backupFileName(day: string): string {
  return `cairn-backup-${day}.json`;
}

/** What a person checks before restoring. */
export interface BackupSummary {
  exportedAt: string;
  products: { id: string; name: string }[];
  requirements: number;
  initiatives: number;
  events: number;
}

export function summarizeBackup(file: BackupFile): BackupSummary {
  return {
    exportedAt: file.exportedAt,
    products: file.tables.products.filter((p) => !p.deleted).map((p) => ({ id: p.id, name: p.name })),
    requirements: file.tables.requirements.length,
    initiatives: file.tables.initiatives.length,
    events: file.tables.events.length,
  };
}
