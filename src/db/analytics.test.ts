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
  });

  it('finds the age markers by the product’s own flow stages, and a saved filter narrows the flow', async () => {
    const repos = openTestRepositories();
    const product = await repos.products.createProduct('Travel app');
    const stages = await repos.stages.listStages(product.id);
    const id = (key: string) => stages.find((s) => s.key === key)!.id;
    const shipped = await repos.requirements.createRequirement(product.id, id('development'), { title: 'Shipped' });
    await repos.requirements.moveRequirement(shipped.id, id('released'), 'a');
    const designing = await repos.requirements.createRequirement(product.id, id('design'), {
      title: 'Designing',
      priority: 'P0',
    });
    const analytics = createAnalyticsRepository(repos.db);
    const aging = () => analytics.computeAging({ kind: 'aging', productId: product.id, today: '2026-01-31' });

    // Design is before the default start (Development): not in progress.
    expect((await aging())?.ages.size).toBe(0);
    await repos.productSettings.updateProductSettings(product.id, { flowStartStageId: id('design') });
    const marked = await aging();
    expect(marked?.bars.get(id('design'))).toEqual({ days: 1, basis: 'overall' });
    expect([...(marked?.ages.keys() ?? [])]).toEqual([designing.id]);

    const flow = (query: string) =>
      analytics.computeFlow({
        productId: product.id,
        flow: { startStageId: id('design'), doneStageId: id('released') },
        range: { from: '2025-12-01', to: '2026-01-31' },
        today: '2026-01-31',
        filter: { query, cardScore: 'rice' },
      });
    expect((await flow('priority=P0')).finished).toEqual([]);
    expect((await flow('priority=P0')).inProgress.map((r) => r.title)).toEqual(['Designing']);
    expect((await flow('q=shipped')).finished.map((f) => f.title)).toEqual(['Shipped']);
  });

  it('reads the log in pages as it is, events of one instant across a page boundary included once', async () => {
    const repos = openTestRepositories();
    const product = await repos.products.createProduct('Travel app');
    const event = (i: number, at: string, type = 'requirement.moved') => ({
      id: `e${String(i).padStart(2, '0')}`,
      productId: product.id,
      entityId: 'r',
      type: type as 'requirement.moved',
      at,
      data: {},
    });
    await repos.db.events.bulkAdd([
      ...Array.from({ length: 7 }, (_, i) => event(i, '2026-02-01T10:00:00.000Z')),
      event(7, '2026-02-01T09:00:00.000Z'),
      event(8, '2026-02-02T10:00:00.000Z', 'view.saved'),
      event(9, '2026-02-03T10:00:00.000Z'),
    ]);
    const analytics = createAnalyticsRepository(repos.db);
    const whole = (await analytics.readFlowInput(product.id)).events.map((e) => e.id);
    for (const pageSize of [1, 3, 100])
      expect((await analytics.readRequirementEventsInPages(product.id, pageSize)).map((e) => e.id)).toEqual(whole);
    expect(whole).toHaveLength(9);
  });
});
