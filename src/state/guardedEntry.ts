// The one way to build the undo entry of a guarded write. Apart from history.ts so the
// start-up bundle (the header's undo buttons) does not carry what only the views that write need.
import type { Translate } from '../i18n/translate';
import { currentVersion, learnVersion, type HistoryEntry } from './history';

/** Versions of some rows, by row id (ids are unique across tables). */
export type Versions = Readonly<Record<string, number>>;

/**
 * Writes `values` only while every row is at its version in `expected` (the
 * repositories' version guard: a 'stale' error otherwise). Resolves to the
 * versions the write left (rows it did not write may be left out), or null when
 * it wrote nothing.
 */
export type GuardedWrite<P> = (values: P, expected: Versions) => Promise<Versions | null>;

/** A change to some rows, as the history replays it. */
export interface GuardedRowsChange<P> {
  describe: (t: Translate) => string;
  /** The rows' versions just before the change was written and right after. */
  versions: { before: Versions; after: Versions };
  /** What undo writes back, and what redo writes again. */
  before: P;
  after: P;
  write: GuardedWrite<P>;
  productId?: string;
}

/** A change to one row: `write` gets the version to expect and resolves to the one it left. */
export interface GuardedChange<P> extends Omit<GuardedRowsChange<P>, 'versions' | 'write'> {
  id: string;
  /** The row's version right after the change was written. */
  version: number;
  /** Its version just before; by default one less (each write adds one), a merged edit spans several writes. */
  versionBefore?: number;
  write: (values: P, ifVersion: number) => Promise<number | null>;
}

/**
 * The one way to build the history entry of a guarded write (one row: see
 * guardedEntry). Each replay expects the versions the rows are at now in this
 * history (undo → redo → undo keeps working, and an earlier change to the same
 * row stays undoable after a later one is undone), while a write by anyone else
 * in between stops the replay with the repository's 'stale' error.
 */
export function guardedRowsEntry<P>(change: GuardedRowsChange<P>): HistoryEntry {
  const ids = Object.keys(change.versions.after);
  const replay = async (values: P, from: Versions, to: Versions) => {
    const expected = Object.fromEntries(ids.map((id) => [id, currentVersion(id, from[id] ?? 0)]));
    const left = (await change.write(values, expected)) ?? {};
    for (const id of ids) learnVersion(id, to[id] ?? 0, left[id] ?? expected[id] ?? 0);
  };
  return {
    describe: change.describe,
    undo: () => replay(change.before, change.versions.after, change.versions.before),
    redo: () => replay(change.after, change.versions.before, change.versions.after),
    ...(change.productId === undefined ? {} : { productId: change.productId }),
  };
}

/** The history entry of a guarded write to one row. */
export function guardedEntry<P>(change: GuardedChange<P>): HistoryEntry {
  const { id, version, versionBefore = version - 1, write, ...rest } = change;
  return guardedRowsEntry<P>({
    ...rest,
    versions: { before: { [id]: versionBefore }, after: { [id]: version } },
    write: async (values, expected) => {
      const left = await write(values, expected[id] ?? 0);
      return left === null ? null : { [id]: left };
    },
  });
}
