import { describe, expect, it } from 'vitest';
import { defaultProductSettings } from '../types';
import { buildDemoProduct } from '../demo';
import { ROW_SCHEMAS, type BackupTableName } from '../backup/format';
import { emptyScores } from '../scoring/types';
import { upgradeRows } from './chain';
import { OLD_SCHEMA_VERSIONS, demoTables, tablesAtVersion } from './testing';

const CURRENT = 5;

function env() {
  let n = 0;
  return { now: () => '2026-05-14T09:00:00.000Z', newId: () => `id-${++n}` };
}

type Row = Record<string, unknown>;
const rowsOf = (tables: Record<string, unknown[]>, table: string) => (tables[table] ?? []) as Row[];

describe('upgradeRows', () => {
  for (const version of OLD_SCHEMA_VERSIONS) {
    it(`turns every row of a version-${version} database into a row today's schemas accept`, () => {
      const old = tablesAtVersion(demoTables(buildDemoProduct('en', env(), '2026-05-14')), version);
      const upgraded = upgradeRows(old, version, CURRENT);
      for (const [table, rows] of Object.entries(upgraded)) {
        const schema = ROW_SCHEMAS[table as BackupTableName];
        expect(rows).toHaveLength(old[table]?.length ?? 0);
        for (const row of rows) {
          const result = schema.safeParse(row);
          expect(result.success ? [] : result.error.issues, `${table} ${(row as Row).id as string}`).toEqual([]);
        }
      }
    });
  }

  it('gives a version-1 requirement the defaults of every later version', () => {
    const upgraded = upgradeRows(
      tablesAtVersion(demoTables(buildDemoProduct('en', env(), '2026-05-14')), 1),
      1,
      CURRENT,
    );
    for (const row of rowsOf(upgraded, 'requirements')) {
      expect(row).toMatchObject({
        initiativeId: null,
        notes: [],
        links: [],
        startDate: null,
        estimate: null,
        dueDone: false,
      });
      expect(row).toMatchObject({ source: null, successMetric: null, scores: emptyScores(), iterationId: null });
    }
  });

  it('keeps what an older version already stored: initiatives from version 2, estimates from version 3', () => {
    const today = demoTables(buildDemoProduct('en', env(), '2026-05-14'));
    const fromV2 = upgradeRows(tablesAtVersion(today, 2), 2, CURRENT);
    const fromV3 = upgradeRows(tablesAtVersion(today, 3), 3, CURRENT);
    const planned = rowsOf(today, 'requirements').filter((r) => r.initiativeId !== null);
    const estimated = rowsOf(today, 'requirements').filter((r) => r.estimate !== null);
    expect(planned.length).toBeGreaterThan(0);
    expect(estimated.length).toBeGreaterThan(0);
    const byId = (rows: Row[]) => new Map(rows.map((r) => [r.id, r]));
    const v2 = byId(rowsOf(fromV2, 'requirements'));
    const v3 = byId(rowsOf(fromV3, 'requirements'));
    for (const r of planned) expect(v2.get(r.id)?.initiativeId).toBe(r.initiativeId);
    for (const r of estimated) expect(v3.get(r.id)?.estimate).toBe(r.estimate);
  });

  it('marks the stages before version 4 done as the lifecycle says, and gives products the default settings', () => {
    const upgraded = upgradeRows(
      tablesAtVersion(demoTables(buildDemoProduct('en', env(), '2026-05-14')), 3),
      3,
      CURRENT,
    );
    const done = rowsOf(upgraded, 'stages')
      .filter((s) => s.done === true)
      .map((s) => s.key);
    expect(done.sort()).toEqual(['released', 'review']);
    expect(rowsOf(upgraded, 'products')[0]?.settings).toEqual(defaultProductSettings());
  });

  it('leaves rows of the current version as they are', () => {
    const today = demoTables(buildDemoProduct('en', env(), '2026-05-14'));
    expect(upgradeRows(today, CURRENT, CURRENT)).toEqual(today);
  });

  it('passes entries that are not rows through, for validation to name', () => {
    const upgraded = upgradeRows({ requirements: [null, 'x', [1]] }, 1, CURRENT);
    expect(upgraded.requirements).toEqual([null, 'x', [1]]);
  });
});
