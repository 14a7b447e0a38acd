import { describe, expect, it } from 'vitest';
import { buildDemoProduct } from '../demo';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  serializeBackup,
  type BackupFile,
  type BackupTables,
} from './format';
import { parseBackup } from './parse';

function env() {
  let id = 0;
  let tick = 0;
  return {
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString(),
    newId: () => `id-${String(++id).padStart(4, '0')}`,
  };
}

function demoTables(): BackupTables {
  const demo = buildDemoProduct('zh-CN', env(), '2026-05-14');
  return {
    products: [demo.product],
    stages: demo.stages,
    members: demo.members,
    tags: [],
    lanes: demo.lanes,
    initiatives: demo.initiatives,
    iterations: demo.iterations ?? [],
    templates: [],
    savedViews: [],
    competitors: [],
    requirements: demo.requirements,
    feedback: [],
    capabilities: [],
    events: demo.events,
  };
}

function file(tables: BackupTables, exportedAt = '2026-05-14T10:00:00.000Z'): BackupFile {
  return { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, exportedAt, app: { schemaVersion: 4 }, tables };
}

/** The same rows, in reverse order and with their keys reversed, as IndexedDB might hand them back. */
function scrambled(tables: BackupTables): BackupTables {
  const reverseKeys = (row: object) => Object.fromEntries(Object.entries(row).reverse());
  return Object.fromEntries(
    BACKUP_TABLES.map((t) => [t, [...(tables[t] as object[])].reverse().map(reverseKeys)]),
  ) as unknown as BackupTables;
}

describe('serializeBackup', () => {
  it('gives the same bytes whatever the order of rows and keys', () => {
    const tables = demoTables();
    expect(serializeBackup(file(scrambled(tables)))).toBe(serializeBackup(file(tables)));
  });

  it('writes tables in a fixed order, rows by id, keys in schema order, one row per line', () => {
    const text = serializeBackup(file(demoTables()));
    const tableOrder = [...text.matchAll(/^ {2}"(\w+)": /gm)].map((m) => m[1]);
    expect(tableOrder).toEqual([...BACKUP_TABLES]);
    const requirementLines = text
      .split('\n')
      .filter((line) => line.startsWith('    {"id"') && line.includes('"stageId"'));
    const ids = requirementLines.map((line) => (JSON.parse(line.replace(/,$/, '')) as { id: string }).id);
    expect(ids).toEqual([...ids].sort());
    expect(requirementLines[0]).toMatch(/^ {4}\{"id":"[^"]+","productId":"[^"]+","createdAt":/);
  });

  it('parses back to the same file: serialising the parsed file gives the same bytes', () => {
    const text = serializeBackup(file(demoTables()));
    const result = parseBackup(text, 4);
    expect(result.ok).toBe(true);
    if (result.ok) expect(serializeBackup(result.file)).toBe(text);
  });

  it('keeps fields the row schema does not know', () => {
    const tables = demoTables();
    const [first] = tables.requirements;
    tables.requirements[0] = { ...first!, ...{ futureField: 'kept' } };
    const result = parseBackup(serializeBackup(file(tables)), 4);
    expect(result.ok && result.file.tables.requirements.find((r) => r.id === first!.id)).toMatchObject({
      futureField: 'kept',
    });
  });
});
