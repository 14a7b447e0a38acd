import { beforeEach, describe, expect, it } from 'vitest';
import { clearHistory, recordChange, redo, replaceLatest, undo, useHistory, type HistoryEntry } from './history';
import { guardedEntry } from './guardedEntry';

function counter() {
  const log: string[] = [];
  const entry = (name: string, fail?: () => boolean): HistoryEntry => ({
    describe: () => name,
    undo: async () => {
      if (fail?.()) throw new Error(`${name} is stale`);
      log.push(`undo ${name}`);
    },
    redo: async () => {
      log.push(`redo ${name}`);
    },
  });
  return { log, entry };
}

beforeEach(() => clearHistory());

describe('undo history', () => {
  it('undoes latest first, redoes in the order undone, and a new change forgets the redo stack', async () => {
    const { log, entry } = counter();
    recordChange(entry('a'));
    recordChange(entry('b'));
    await undo();
    await undo();
    expect(await undo()).toBeNull();
    await redo();
    expect(log).toEqual(['undo b', 'undo a', 'redo a']);
    recordChange(entry('c'));
    expect(await redo()).toBeNull();
    expect(useHistory.getState().past.map((e) => e.describe((k) => k))).toEqual(['a', 'c']);
  });

  it('undoes a given entry from its toast even when it is not the latest', async () => {
    const { log, entry } = counter();
    const first = entry('first');
    recordChange(first);
    recordChange(entry('second'));
    await undo(first);
    expect(log).toEqual(['undo first']);
    expect(useHistory.getState().past.map((e) => e.describe((k) => k))).toEqual(['second']);
    expect(await undo(first)).toBeNull();
  });

  it('drops an entry whose undo fails (the row changed since) and reports the error', async () => {
    const { entry } = counter();
    recordChange(entry('ok'));
    recordChange(entry('stale', () => true));
    await expect(undo()).rejects.toThrow('stale is stale');
    expect(useHistory.getState().past.map((e) => e.describe((k) => k))).toEqual(['ok']);
    expect(useHistory.getState().busy).toBe(false);
  });

  it('keeps at most 100 changes', () => {
    const { entry } = counter();
    for (let i = 0; i < 120; i++) recordChange(entry(String(i)));
    expect(useHistory.getState().past).toHaveLength(100);
    expect(useHistory.getState().past[0]?.describe((k) => k)).toBe('20');
  });

  it('merges a continued edit into the latest entry, but not past another change', () => {
    const { entry } = counter();
    const first = entry('typing 1');
    recordChange(first);
    const merged = entry('typing 2');
    expect(replaceLatest(first, merged)).toBe(true);
    recordChange(entry('move'));
    expect(replaceLatest(merged, entry('typing 3'))).toBe(false);
    expect(useHistory.getState().past.map((e) => e.describe((k) => k))).toEqual(['typing 2', 'move']);
  });

  it('keeps across a product switch only the changes made for the product that opens', () => {
    const entry = (productId?: string) => ({
      describe: () => '',
      undo: async () => undefined,
      redo: async () => undefined,
      productId,
    });
    const imported = entry('new-product');
    recordChange(entry());
    recordChange(imported);
    clearHistory('new-product');
    expect(useHistory.getState().past).toEqual([imported]);
    clearHistory('another');
    expect(useHistory.getState().past).toEqual([]);
  });

  it('guards each replay by the version the previous one left, and keeps it when a replay wrote nothing', async () => {
    const seen: [string, number][] = [];
    let writes = 0;
    const entry = guardedEntry<string>({
      id: 'row',
      describe: () => 'edit',
      version: 3,
      before: 'old',
      after: 'new',
      // The third write finds the row already as asked and writes nothing.
      write: async (value, ifVersion) => (seen.push([value, ifVersion]), ++writes === 3 ? null : ifVersion + 1),
    });
    await entry.undo();
    await entry.redo();
    await entry.undo();
    await entry.redo();
    expect(seen).toEqual([
      ['old', 3],
      ['new', 4],
      ['old', 5],
      ['new', 5],
    ]);
  });

  it('keeps an earlier change to the same row undoable after a later one is undone, and after a new change on top', async () => {
    // One row with a version guard, as the repositories keep it.
    const row = { title: 'a', version: 1 };
    const write = async (title: string, ifVersion: number) => {
      if (row.version !== ifVersion) throw Object.assign(new Error('stale'), { code: 'stale' });
      Object.assign(row, { title, version: row.version + 1 });
      return row.version;
    };
    const change = (title: string) => {
      const before = row.title;
      row.title = title;
      row.version += 1;
      recordChange(
        guardedEntry({ id: 'same-row', describe: () => title, version: row.version, before, after: title, write }),
      );
    };
    change('b');
    change('c');
    await undo();
    await undo();
    expect(row.title).toBe('a');
    await redo();
    await redo();
    expect(row.title).toBe('c');
    await undo();
    change('d'); // forgets the redo of 'c'
    await undo();
    await undo();
    expect(row.title).toBe('a');
    // Someone else writes: the next replay stops.
    row.version += 1;
    await expect(redo()).rejects.toMatchObject({ code: 'stale' });
  });

  it('keeps the product an entry belongs to', () => {
    const write = async () => 1;
    expect(
      guardedEntry({ id: 'r', describe: () => '', version: 1, before: 0, after: 1, write, productId: 'p' }).productId,
    ).toBe('p');
    expect('productId' in guardedEntry({ id: 'r', describe: () => '', version: 1, before: 0, after: 1, write })).toBe(
      false,
    );
  });
});
