import { describe, expect, it } from 'vitest';
import { SAMPLE_BATCH_SIZE } from './sample';
import { openTestRepositories } from './testing/testDb';

const TODAY = '2026-03-01';

async function sample(size: number) {
  const repos = openTestRepositories();
  const data = await repos.sample.generateSampleProduct({ size, locale: 'en', today: TODAY, seed: 1 });
  return { repos, data };
}

async function counts(repos: ReturnType<typeof openTestRepositories>) {
  const { db } = repos;
  return {
    products: await db.products.count(),
    stages: await db.stages.count(),
    members: await db.members.count(),
    requirements: await db.requirements.count(),
    events: await db.events.count(),
    lanes: await db.lanes.count(),
    initiatives: await db.initiatives.count(),
  };
}

describe('writeSampleProduct', () => {
  it('writes 1,000 requirements that the board lists, with every row and event', async () => {
    const { repos, data } = await sample(1_000);
    const id = await repos.sample.writeSampleProduct(data);

    expect(id).toBe(data.product.id);
    expect((await repos.products.listProducts()).map((p) => p.name)).toEqual(['Sample · 1,000 requirements']);
    expect(await repos.requirements.listBoardRequirements(id)).toHaveLength(1_000);
    expect((await repos.stages.listStages(id)).map((s) => s.key)).toEqual([
      'inbox',
      'analysis',
      'design',
      'development',
      'testing',
      'released',
      'review',
    ]);
    expect(await repos.products.listMembers(id)).toHaveLength(data.members.length);
    expect(await counts(repos)).toEqual({
      products: 1,
      stages: 7,
      members: data.members.length,
      requirements: 1_000,
      events: data.events.length,
      lanes: 4,
      initiatives: 20,
    });
    const created = await repos.db.events
      .where('productId')
      .equals(id)
      .filter((e) => e.type === 'requirement.created')
      .count();
    expect(created).toBe(1_000);
  });

  it('reports progress after each batch, increasing up to the total', async () => {
    const { repos, data } = await sample(2_500);
    const calls: Array<[number, number]> = [];
    await repos.sample.writeSampleProduct(data, (written, total) => calls.push([written, total]));
    expect(calls).toEqual([
      [SAMPLE_BATCH_SIZE, 2_500],
      [2 * SAMPLE_BATCH_SIZE, 2_500],
      [2_500, 2_500],
    ]);
  });

  it('reports a product smaller than a batch once, at the total', async () => {
    const { repos, data } = await sample(100);
    const calls: number[] = [];
    await repos.sample.writeSampleProduct(data, (written) => calls.push(written));
    expect(calls).toEqual([100]);
  });

  it('leaves nothing written when a later batch fails', async () => {
    const { repos, data } = await sample(2_500);
    // A row in the third batch: the first two are already added inside the transaction.
    const doomed = data.requirements[2_100]?.id;
    repos.db.requirements.hook('creating', (key) => {
      if (key === doomed) throw new Error('disk full');
    });
    const progress: number[] = [];
    await expect(repos.sample.writeSampleProduct(data, (written) => progress.push(written))).rejects.toThrow(
      'disk full',
    );
    expect(progress).toEqual([1_000, 2_000]);
    expect(await counts(repos)).toEqual({
      products: 0,
      stages: 0,
      members: 0,
      requirements: 0,
      events: 0,
      lanes: 0,
      initiatives: 0,
    });
  });

  it('keeps existing products untouched and adds the sample beside them', async () => {
    const repos = openTestRepositories();
    const existing = await repos.products.createProduct('Mine');
    const data = await repos.sample.generateSampleProduct({ size: 100, locale: 'zh-CN', today: TODAY, seed: 1 });
    await repos.sample.writeSampleProduct(data);
    expect((await repos.products.listProducts()).map((p) => p.name)).toEqual(['Mine', '示例 · 100 个需求']);
    expect(await repos.requirements.listBoardRequirements(existing.id)).toHaveLength(0);
  });
});
