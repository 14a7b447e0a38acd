// Drives history entries the way a person does with Ctrl+Z / Ctrl+Shift+Z, for
// the tests of every entry kind (one helper, so each kind is held to the same bar).
import { expect } from 'vitest';
import { clearHistory, recordChange, redo, undo, useHistory, type HistoryEntry } from '../history';

/**
 * Records `entry` after an unrelated earlier one, then undo → redo → undo →
 * redo, checking the data after each step with `isBefore` / `isAfter`.
 */
export async function expectRoundTrips(
  entry: HistoryEntry,
  isBefore: () => Promise<void>,
  isAfter: () => Promise<void>,
): Promise<void> {
  clearHistory();
  const earlier = unrelatedEntry();
  recordChange(earlier);
  recordChange(entry);
  for (const step of [1, 2]) {
    expect(await undo(), `undo ${step}`).toBe(entry);
    await isBefore();
    expect(await redo(), `redo ${step}`).toBe(entry);
    await isAfter();
  }
  expect(useHistory.getState().past).toEqual([earlier, entry]);
}

/**
 * With `entry` just undone and redone, someone else writes (`interfere`): the
 * next undo must fail as 'stale' with the row's title, change nothing that
 * `unchanged` checks, drop only that entry, and leave the earlier one undoable.
 */
export async function expectStaleStops(
  entry: HistoryEntry,
  interfere: () => Promise<void>,
  unchanged: () => Promise<void>,
): Promise<void> {
  clearHistory();
  const earlier = unrelatedEntry();
  recordChange(earlier);
  recordChange(entry);
  await undo();
  await redo();
  await interfere();
  // The message names what changed ("“Dark mode” was changed since…"), so the title must come with the error.
  await expect(undo()).rejects.toMatchObject({ code: 'stale', details: { title: expect.stringMatching(/\S/) } });
  await unchanged();
  expect(useHistory.getState().past).toEqual([earlier]);
  expect(useHistory.getState().future).toEqual([]);
  expect(await undo()).toBe(earlier);
  expect(earlier.undone).toBe(true);
}

function unrelatedEntry(): HistoryEntry & { undone: boolean } {
  const entry = {
    undone: false,
    describe: () => 'an earlier change',
    undo: async () => {
      entry.undone = true;
    },
    redo: async () => {
      entry.undone = false;
    },
  };
  return entry;
}
