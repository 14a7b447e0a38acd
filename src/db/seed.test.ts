import { describe, expect, it } from 'vitest';
import { openTestRepositories } from './testing/testDb';

describe('first run', () => {
  it('a fresh database gets a demo product on the default lifecycle, once', async () => {
    const repos = openTestRepositories();
    const [first, second] = await Promise.all([
      repos.seed.seedDemoOnFirstRun('en', '2026-03-01'),
      repos.seed.seedDemoOnFirstRun('en', '2026-03-01'),
    ]);
    expect([first, second].filter((id) => id !== null)).toHaveLength(1);
    const products = await repos.products.listProducts();
    expect(products).toHaveLength(1);
    const stages = await repos.stages.listStages(products[0]!.id);
    expect(stages.map((s) => s.key)).toEqual([
      'inbox',
      'analysis',
      'design',
      'development',
      'testing',
      'released',
      'review',
    ]);
    const board = await repos.requirements.listBoardRequirements(products[0]!.id);
    expect(board.length).toBeGreaterThanOrEqual(20);
    expect(new Set(board.map((r) => r.stageId)).size).toBe(7);
  });

  it('does not seed again after the user deleted everything', async () => {
    const repos = openTestRepositories();
    await repos.seed.seedDemoOnFirstRun('zh-CN', '2026-03-01');
    await repos.db.requirements.clear();
    expect(await repos.seed.seedDemoOnFirstRun('zh-CN', '2026-03-01')).toBeNull();
    expect(await repos.db.requirements.count()).toBe(0);
  });
});

describe('first run roadmap', () => {
  it('seeds the demo roadmap with its links in the same transaction', async () => {
    const repos = openTestRepositories();
    const id = await repos.seed.seedDemoOnFirstRun('en', '2026-03-01');
    if (id === null) throw new Error('not seeded');
    const lanes = await repos.roadmap.listLanes(id);
    const initiatives = await repos.roadmap.listInitiatives(id);
    expect(lanes.length).toBeGreaterThanOrEqual(3);
    expect(initiatives.length).toBeGreaterThanOrEqual(10);
    const linked = await repos.roadmap.listLinkedRequirements(initiatives.map((i) => i.id));
    expect(linked.length).toBeGreaterThanOrEqual(20);
  });
});
