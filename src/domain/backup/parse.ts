// Reads a backup file and validates all of it (layout, sizes, every row, every
// reference) before anything may be written. Pure: the caller passes the
// database version this Cairn has.
import { z } from 'zod/mini';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MAX_BYTES,
  BACKUP_MAX_ROWS,
  BACKUP_TABLES,
  ROW_SCHEMAS,
  type BackupFile,
  type BackupTables,
} from './format';
import { describeIssue } from './issues';
import { MAX_PROBLEMS, problem, rowLabel, type BackupProblem } from './problems';
import { checkBackupReferences } from './references';
import { upgradeRows } from '../upgrades/chain';

export type BackupParseResult = { ok: true; file: BackupFile } | { ok: false; problems: BackupProblem[] };

const envelopeSchema = z.object({
  format: z.enum([BACKUP_FORMAT]),
  formatVersion: z.int().check(z.positive()),
  exportedAt: z.string().check(z.minLength(1)),
  app: z.object({ schemaVersion: z.int().check(z.positive()) }),
  tables: z.object(
    Object.fromEntries(BACKUP_TABLES.map((table) => [table, z.optional(z.array(z.unknown()))])) as Record<
      (typeof BACKUP_TABLES)[number],
      z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniUnknown>>
    >,
  ),
});

const rowSchemas = ROW_SCHEMAS as unknown as {
  [T in (typeof BACKUP_TABLES)[number]]: z.ZodMiniType<BackupTables[T][number]>;
};

/** The validated row plus any fields its schema does not know, so nothing in the file is dropped. */
function withUnknownFields(table: (typeof BACKUP_TABLES)[number], row: Record<string, unknown>, valid: object): object {
  const shape = ROW_SCHEMAS[table].shape;
  const extra = Object.entries(row).filter(([key]) => !(key in shape));
  return extra.length === 0 ? valid : { ...valid, ...Object.fromEntries(extra) };
}

function pathOf(path: readonly PropertyKey[]): string {
  return (
    path
      .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
      .join('.')
      .replace(/\.\[/g, '[') || '(row)'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates the whole text; returns the file or every problem found (up to MAX_PROBLEMS). */
export function parseBackup(text: string, currentSchemaVersion: number): BackupParseResult {
  const fail = (...problems: BackupProblem[]): BackupParseResult => ({ ok: false, problems });
  // String length counts UTF-16 units, not bytes; close enough for a guard against memory exhaustion.
  if (text.length > BACKUP_MAX_BYTES) return fail(problem('tooLarge', { size: text.length, limit: BACKUP_MAX_BYTES }));

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(problem('notJson', { detail: error instanceof Error ? error.message : String(error) }));
  }
  if (!isRecord(json) || json.format !== BACKUP_FORMAT) return fail(problem('notBackup'));
  if (typeof json.formatVersion === 'number' && json.formatVersion > BACKUP_FORMAT_VERSION) {
    return fail(problem('futureFormat', { version: json.formatVersion, supported: BACKUP_FORMAT_VERSION }));
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    return fail(
      ...envelope.error.issues
        .slice(0, MAX_PROBLEMS)
        .map((issue) => problem('badEnvelope', { field: pathOf(issue.path), detail: describeIssue(issue, json) })),
    );
  }
  const { schemaVersion } = envelope.data.app;
  if (schemaVersion > currentSchemaVersion)
    return fail(problem('futureSchema', { version: schemaVersion, supported: currentSchemaVersion }));

  const rowCount = BACKUP_TABLES.reduce((sum, table) => sum + (envelope.data.tables[table]?.length ?? 0), 0);
  if (rowCount > BACKUP_MAX_ROWS) return fail(problem('tooManyRows', { count: rowCount, limit: BACKUP_MAX_ROWS }));

  // The same steps the database's migrations run (domain/upgrades), so a restored old backup matches an upgraded database.
  const raw = upgradeRows(
    Object.fromEntries(BACKUP_TABLES.map((table) => [table, envelope.data.tables[table] ?? []])),
    schemaVersion,
    currentSchemaVersion,
  );
  const problems: BackupProblem[] = [];
  const tables = {} as Record<string, unknown[]>;
  for (const table of BACKUP_TABLES) {
    const rows = raw[table] ?? [];
    const valid: unknown[] = [];
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (problems.length >= MAX_PROBLEMS) return;
      const id = isRecord(row) ? row.id : undefined;
      const where = rowLabel(table, index, id);
      const result = rowSchemas[table].safeParse(row);
      if (!result.success) {
        for (const issue of result.error.issues)
          problems.push(problem('badRow', { where, field: pathOf(issue.path), detail: describeIssue(issue, row) }));
        return;
      }
      const rowId = (result.data as { id: string }).id;
      if (seen.has(rowId)) problems.push(problem('duplicateId', { where, id: rowId }));
      seen.add(rowId);
      valid.push(withUnknownFields(table, row as Record<string, unknown>, result.data));
    });
    tables[table] = valid;
  }
  if (problems.length > 0) return fail(...problems.slice(0, MAX_PROBLEMS));

  const file: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion: envelope.data.formatVersion,
    exportedAt: envelope.data.exportedAt,
    // Rows now have this Cairn's shapes.
    app: { schemaVersion: currentSchemaVersion },
    tables: tables as unknown as BackupTables,
  };
  const referenceProblems = checkBackupReferences(file.tables);
  if (referenceProblems.length > 0) return fail(...referenceProblems.slice(0, MAX_PROBLEMS));
  return { ok: true, file };
}
