// Every schema upgrade in order, for rows that arrive from an older version at
// once (a backup file). The Dexie migrations run the same steps one version at a time.
import { toVersion2 } from './v2';
import { toVersion3 } from './v3';
import { toVersion4 } from './v4';
import { toVersion5 } from './v5';
import type { RawRow, TableUpgrades } from './rows';

/** Version N's step; version 1 had none (it created the tables). */
export const UPGRADES: Readonly<Record<number, TableUpgrades>> = {
  2: toVersion2,
  3: toVersion3,
  4: toVersion4,
  5: toVersion5,
};

export type RawTables = Record<string, unknown[]>;

function isRow(row: unknown): row is RawRow {
  return typeof row === 'object' && row !== null && !Array.isArray(row);
}

/**
 * The tables as `toVersion` would hold them. Entries that are not objects pass
 * through untouched, so validation afterwards names them.
 */
export function upgradeRows(tables: RawTables, fromVersion: number, toVersion: number): RawTables {
  let current = tables;
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    const step = UPGRADES[version] ?? {};
    const next: RawTables = { ...current };
    for (const [table, upgrade] of Object.entries(step)) {
      const rows = current[table];
      if (rows) next[table] = rows.map((row) => (isRow(row) ? upgrade(row) : row));
    }
    current = next;
  }
  return current;
}
