import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeRequirement } from '../domain/roadmap/testing';
import { readInPages } from './boardIndex';
import { openProductWithStages } from './testing/testDb';

const ids = (rows: readonly { id: string }[] | undefined) => rows?.map((r) => r.id);

describe('readInPages', () => {
  it('reads every active row of the product in board order, a page at a time, with ranks shared across pages', async () => {
    const { repos, product, byKey } = await openProductWithStages();
    const inbox = byKey('inbox').id;
    const design = byKey('design').id;
    const rows = [
      ...['a', 'b', 'c', 'd', 'e'].map((id) =>
        makeRequirement({ id: `tie-${id}`, productId: product.id, stageId: inbox, rank: 'a1' }),
      ),
      makeRequirement({ id: 'first', productId: product.id, stageId: inbox, rank: 'a0' }),
      makeRequirement({ id: 'last', productId: product.id, stageId: inbox, rank: 'a2' }),
      makeRequirement({ id: 'designed', productId: product.id, stageId: design, rank: 'a0' }),
      makeRequirement({ id: 'archived', productId: product.id, stageId: inbox, rank: 'a0', state: 'archived' }),
      makeRequirement({ id: 'elsewhere', productId: 'another-product', stageId: inbox, rank: 'a0' }),
    ];
    await repos.db.requirements.bulkAdd(rows);

    const expected = ['first', 'tie-a', 'tie-b', 'tie-c', 'tie-d', 'tie-e', 'last', 'designed'];
    const byStage = (list: { id: string; stageId: string }[]) =>
      [...list].sort((x, y) => (x.stageId === y.stageId ? 0 : x.stageId === inbox ? -1 : 1));
    for (const pageSize of [2, 3, 5, 100]) {
      const pages: (readonly { id: string }[])[] = [];
      const read = await readInPages(repos.db, product.id, 'active', pageSize, (page) => pages.push(page));
      expect(ids(byStage(read)), `page size ${pageSize}`).toEqual(expected);
      // Each row is heard once, as the very object the result holds.
      expect(pages.flat()).toEqual(read);
      expect(pages.flat().every((row, i) => row === read[i])).toBe(true);
    }
  });
});
