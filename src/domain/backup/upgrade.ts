// Rows from a backup made by an older Cairn get the same upgrades the database's
// migrations apply (src/db/migrations), before they are validated. A new Dexie
// version that changes a row shape adds its step here too.

import { emptyScores } from '../scoring/types';

type RawTables = Record<string, unknown[]>;

function mapRows(rows: unknown[] | undefined, change: (row: Record<string, unknown>) => Record<string, unknown>): unknown[] {
  return (rows ?? []).map((row) => (typeof row === 'object' && row !== null && !Array.isArray(row) ? change(row as Record<string, unknown>) : row));
}

const STEPS: Record<number, (tables: RawTables) => RawTables> = {
  // Version 2 (roadmap): requirements gained initiativeId; lanes and initiatives are new.
  2: (tables) => ({
    ...tables,
    requirements: mapRows(tables.requirements, (row) => ('initiativeId' in row ? row : { ...row, initiativeId: null })),
  }),
  // Version 3 (import): requirements gained notes, links, startDate, estimate and dueDone; tags is new.
  3: (tables) => ({
    ...tables,
    requirements: mapRows(tables.requirements, (row) => ({
      ...row,
      notes: row.notes ?? [],
      links: row.links ?? [],
      startDate: row.startDate ?? null,
      estimate: row.estimate ?? null,
      dueDone: row.dueDone ?? false,
    })),
  }),
  // Version 4 (workspace, iterations): requirements gained source, successMetric, scores
  // and iterationId; stages gained done; products gained settings; seven tables are new.
  4: (tables) => ({
    ...tables,
    products: mapRows(tables.products, (row) => ({ ...row, settings: row.settings ?? { cardScore: 'rice', parallelIterations: false } })),
    stages: mapRows(tables.stages, (row) => ({ ...row, done: row.done ?? (row.key === 'released' || row.key === 'review') })),
    requirements: mapRows(tables.requirements, (row) => ({
      ...row,
      source: row.source ?? null,
      successMetric: row.successMetric ?? null,
      scores: row.scores ?? emptyScores(),
      iterationId: row.iterationId ?? null,
    })),
  }),
};

/** The tables as `toVersion` would hold them. */
export function upgradeBackupTables(tables: RawTables, fromVersion: number, toVersion: number): RawTables {
  let current = tables;
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    const step = STEPS[version];
    if (step) current = step(current);
  }
  return current;
}
