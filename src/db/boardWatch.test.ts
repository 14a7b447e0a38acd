import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { rowsInIndexOrder, type BoardRows } from '../domain/boardRows';
import { rankForDrop } from '../domain/moves';
import { makeRequirement } from '../domain/roadmap/testing';
import { openProductWithStages } from './testing/testDb';

const ids = (rows: readonly { id: string }[] | undefined) => rows?.map((r) => r.id);

/** Collects what the watcher reports; `next()` resolves with the next report. */
function recorder() {
  const seen: BoardRows[] = [];
  let wake: (() => void) | null = null;
  return {
    seen,
    onRows: (rows: BoardRows) => {
      seen.push(rows);
      wake?.();
    },
    async next(count: number): Promise<BoardRows> {
      while (seen.length < count) await new Promise<void>((resolve) => (wake = resolve));
      return seen[count - 1] as BoardRows;
    },
  };
}

describe('watchBoardRows', () => {
  it('reports the board, then each write: a move, an edit, an archive, a new card, a bulk change', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const inbox = byKey('inbox').id;
    const analysis = byKey('analysis').id;
    const a = await repos.requirements.createRequirement(product.id, inbox, { title: 'A' });
    const b = await repos.requirements.createRequirement(product.id, inbox, { title: 'B' });
    const seen = recorder();
    const stop = repos.requirements.watchBoardRows(product.id, seen.onRows, (error) => {
      throw error;
    });

    const first = await seen.next(1);
    expect(ids(first.columns[inbox])).toEqual([b.id, a.id]);

    await repos.requirements.moveRequirement(a.id, analysis, rankForDrop([], a.id, 0));
    const moved = await seen.next(2);
    expect(ids(moved.columns[inbox])).toEqual([b.id]);
    expect(ids(moved.columns[analysis])).toEqual([a.id]);
    expect(moved.columns[inbox]).not.toBe(first.columns[inbox]);

    await repos.requirements.updateRequirement(b.id, { title: 'B, edited' });
    expect((await seen.next(3)).byId.get(b.id)?.title).toBe('B, edited');

    await repos.requirements.archiveRequirement(b.id);
    const archived = await seen.next(4);
    expect(archived.columns[inbox]).toEqual([]);
    expect(archived.byId.has(b.id)).toBe(false);

    const c = await repos.requirements.createRequirement(product.id, inbox, { title: 'C' });
    expect(ids((await seen.next(5)).columns[inbox])).toEqual([c.id]);

    // 60 rows in one bulkAdd: Dexie reports a range, not ids, and the board is read again.
    await repos.db.requirements.bulkAdd(
      Array.from({ length: 60 }, (_, i) =>
        makeRequirement({ id: `bulk-${i}`, productId: product.id, stageId: analysis, rank: `b${i}` }),
      ),
    );
    const bulk = await seen.next(6);
    expect(bulk.columns[analysis]).toHaveLength(61);
    expect(bulk.byId.size).toBe(62);

    stop();
    await repos.requirements.createRequirement(product.id, inbox, { title: 'After stop' });
    await repos.requirements.listBoardRequirements(product.id);
    expect(seen.seen).toHaveLength(6);
  });

  it('ignores writes to other products', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const other = await repos.products.createProduct('Other');
    const otherInbox = (await repos.stages.listStages(other.id))[0]?.id ?? '';
    const seen = recorder();
    const stop = repos.requirements.watchBoardRows(product.id, seen.onRows, () => {});
    await seen.next(1);
    await repos.requirements.createRequirement(other.id, otherInbox, { title: 'Not here' });
    const mine = await repos.requirements.createRequirement(product.id, byKey('inbox').id, { title: 'Here' });
    const after = await seen.next(3);
    expect([...after.byId.keys()]).toEqual([mine.id]);
    stop();
  });

  it('lists the rows in the order the board index reads them, for the views that list them all', async () => {
    const { repos, product, stages } = await openProductWithStages();
    const seen = recorder();
    const stop = repos.requirements.watchBoardRows(product.id, seen.onRows, (error) => {
      throw error;
    });
    await seen.next(1);
    // Columns appear as writes reach them: here in the reverse of their ids' order, and each
    // column's rows in an order their ids do not follow.
    const byIdDescending = [...stages].sort((a, b) => (a.id < b.id ? 1 : -1));
    for (const [i, stage] of byIdDescending.entries())
      for (const title of ['z', 'a', 'm'])
        await repos.requirements.createRequirement(product.id, stage.id, { title: `${title}${i}` });
    const listed = rowsInIndexOrder(await seen.next(1 + stages.length * 3));
    expect(listed).toHaveLength(stages.length * 3);
    expect(ids(listed)).toEqual(ids(await repos.requirements.listBoardRequirements(product.id)));
    stop();
  });
});
