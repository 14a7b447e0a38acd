import { describe, expect, it } from 'vitest';
import { createAnalyticsRepository } from './analytics';
import { openTestRepositories } from './testing/testDb';

describe('analytics repository', () => {
  it('reads one product’s stages, rows and requirement events, trash included, and computes its flow', async () => {
    const repos = openTestRepositories();
    const product = await repos.products.createProduct('Travel app');
    const other = await repos.products.createProduct('Other');
    const stages = await repos.stages.listStages(product.id);
    const id = (key: string) => stages.find((s) => s.key === key)!.id;
    const shipped = await repos.requirements.createRequirement(product.id, id('development'), { title: 'Shipped' });
    await repos.requirements.moveRequirement(shipped.id, id('released'), 'a');
    const trashed = await repos.requirements.createRequirement(product.id, id('development'), { title: 'Trashed' });
    await repos.requirements.deleteRequirement(trashed.id);
    const otherStages = await repos.stages.listStages(other.id);
    await repos.requirements.createRequirement(other.id, otherStages[0]!.id, { title: 'Elsewhere' });

    const analytics = createAnalyticsRepository(repos.db);
    const input = await analytics.readFlowInput(product.id);
    expect(input.requirements.map((r) => r.title).sort()).toEqual(['Shipped', 'Trashed']);
    expect(new Set(input.events.map((e) => e.type))).toEqual(
      new Set(['requirement.created', 'requirement.moved', 'requirement.deleted']),
    );

    const flow = await analytics.computeFlow({
      productId: product.id,
      flow: { startStageId: id('development'), doneStageId: id('released') },
      range: { from: '2025-12-01', to: '2026-01-31' },
      today: '2026-01-31',
    });
    expect(flow.finished.map((f) => [f.title, f.cycleTime])).toEqual([['Shipped', 1]]);
    expect(flow.inProgress).toEqual([]);
    const before = await analytics.logSignature(product.id);
    await repos.requirements.restoreRequirement(trashed.id);
    expect(await analytics.logSignature(product.id)).not.toBe(before);
  });
});
