// The shape of a schema upgrade: per table, a pure function from a row as
// version N-1 stored it to the row version N stores. The Dexie migrations
// (db/migrations) and backup restore (domain/backup/parse.ts) both run them,
// so a field's default exists once: in the row factories (domain/rows).

/** A row as read from an older database or backup file: not yet validated. */
export type RawRow = Record<string, unknown>;
/** An entry that is a row at all: anything else passes through the upgrades untouched, so validation names it. */
export function isRawRow(value: unknown): value is RawRow {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type RowUpgrade = (row: RawRow) => RawRow;
/** Only the tables whose rows change; tables new in a version need no step. */
export type TableUpgrades = Readonly<Record<string, RowUpgrade>>;

/** The row with `defaults` for each of `keys` it lacks; a field it has (even null) is kept. */
export function fillMissing<T extends object>(row: RawRow, defaults: T, keys: readonly (keyof T & string)[]): RawRow {
  const next: RawRow = { ...row };
  for (const key of keys) if (next[key] === undefined) next[key] = defaults[key];
  return next;
}
