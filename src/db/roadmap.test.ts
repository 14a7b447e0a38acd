import { describe, expect, it } from 'vitest';
import { CairnWriteError } from '../domain/errors';
import { openTestRepositories } from './testing/testDb';

async function productWithLanes() {
  const repos = openTestRepositories();
  const product = await repos.products.createProduct('Travel app');
  const growth = await repos.roadmap.createLane(product.id, 'Growth', '#16a34a');
  const core = await repos.roadmap.createLane(product.id, 'Core', '#2563eb');
  const inbox = (await repos.stages.listStages(product.id))[0];
  if (!inbox) throw new Error('no stage');
  return { repos, product, growth, core, inbox };
}

const eventsOf = (repos: ReturnType<typeof openTestRepositories>, entityId: string) =>
  repos.db.events
    .where('entityId')
    .equals(entityId)
    .toArray()
    .then((rows) => rows.map((e) => e.type));

describe('lanes', () => {
  it('are created in order, renamed, recoloured and reordered, each with an event', async () => {
    const { repos, product, growth, core } = await productWithLanes();
    expect((await repos.roadmap.listLanes(product.id)).map((l) => l.name)).toEqual(['Growth', 'Core']);
    await repos.roadmap.updateLane(growth.id, { name: '  Growth loops ', color: '#db2777' });
    await repos.roadmap.moveLane(core.id, 0);
    const lanes = await repos.roadmap.listLanes(product.id);
    expect(lanes.map((l) => [l.name, l.color])).toEqual([
      ['Core', '#2563eb'],
      ['Growth loops', '#db2777'],
    ]);
    expect(await eventsOf(repos, growth.id)).toEqual(['lane.created', 'lane.edited']);
    expect(await eventsOf(repos, core.id)).toEqual(['lane.created', 'lane.moved']);
  });

  it('refuses an empty name or a bad colour and writes nothing', async () => {
    const { repos, product, growth } = await productWithLanes();
    const before = await repos.db.events.count();
    await expect(repos.roadmap.createLane(product.id, '  ', '#000000')).rejects.toBeInstanceOf(CairnWriteError);
    await expect(repos.roadmap.updateLane(growth.id, { color: 'red' })).rejects.toBeInstanceOf(CairnWriteError);
    expect(await repos.db.events.count()).toBe(before);
    expect((await repos.roadmap.listLanes(product.id)).find((l) => l.id === growth.id)?.color).toBe('#16a34a');
  });

  it('deleting a lane moves its initiatives to the chosen lane in the same transaction', async () => {
    const { repos, product, growth, core } = await productWithLanes();
    const a = await repos.roadmap.createInitiative(product.id, {
      title: 'A',
      laneId: growth.id,
      start: null,
      end: null,
      horizon: 'now',
    });
    await expect(repos.roadmap.deleteLane(growth.id, null)).rejects.toBeInstanceOf(CairnWriteError);
    expect((await repos.roadmap.listLanes(product.id)).length).toBe(2);
    await repos.roadmap.deleteLane(growth.id, core.id);
    expect((await repos.roadmap.listLanes(product.id)).map((l) => l.id)).toEqual([core.id]);
    expect((await repos.roadmap.getInitiative(a.id))?.laneId).toBe(core.id);
    expect((await repos.db.lanes.get(growth.id))?.deleted).toBe(true);
  });
});

describe('initiatives', () => {
  it('are created dated or on a horizon, with an event', async () => {
    const { repos, product, growth } = await productWithLanes();
    const dated = await repos.roadmap.createInitiative(product.id, {
      title: ' Flexible search ',
      laneId: growth.id,
      start: '2026-05-01',
      end: '2026-06-15',
      horizon: 'later',
    });
    expect(dated).toMatchObject({ title: 'Flexible search', horizon: null, status: 'planned', version: 1 });
    const milestone = await repos.roadmap.createInitiative(product.id, {
      title: 'Launch',
      laneId: growth.id,
      start: '2026-07-01',
      end: '2026-07-20',
      horizon: null,
      milestone: true,
    });
    expect(milestone.end).toBe('2026-07-01');
    expect((await repos.roadmap.listInitiatives(product.id)).map((i) => i.title)).toEqual([
      'Flexible search',
      'Launch',
    ]);
    expect(await eventsOf(repos, dated.id)).toEqual(['initiative.created']);
  });

  it('refuses incoherent schedules and unknown lanes, writing nothing', async () => {
    const { repos, product, growth } = await productWithLanes();
    const other = await repos.products.createProduct('Other');
    const otherLane = await repos.roadmap.createLane(other.id, 'Elsewhere', '#000000');
    const before = await repos.db.events.count();
    const bad = [
      { title: 'x', laneId: growth.id, start: '2026-05-01', end: null, horizon: null },
      { title: 'x', laneId: growth.id, start: '2026-05-02', end: '2026-05-01', horizon: null },
      { title: 'x', laneId: growth.id, start: null, end: null, horizon: null },
      { title: '', laneId: growth.id, start: null, end: null, horizon: 'now' as const },
      { title: 'x', laneId: otherLane.id, start: null, end: null, horizon: 'now' as const },
    ];
    for (const input of bad)
      await expect(repos.roadmap.createInitiative(product.id, input)).rejects.toBeInstanceOf(CairnWriteError);
    expect(await repos.db.initiatives.where('productId').equals(product.id).count()).toBe(0);
    expect(await repos.db.events.count()).toBe(before);
  });

  it('moves in time and to another lane in one write', async () => {
    const { repos, product, growth, core } = await productWithLanes();
    const a = await repos.roadmap.createInitiative(product.id, {
      title: 'A',
      laneId: growth.id,
      start: '2026-05-01',
      end: '2026-05-31',
      horizon: null,
    });
    const moved = await repos.roadmap.moveInitiative(a.id, { start: '2026-05-08', end: '2026-06-07', laneId: core.id });
    expect(moved).toMatchObject({ start: '2026-05-08', end: '2026-06-07', laneId: core.id, version: 2 });
    expect(await repos.roadmap.getInitiative(a.id)).toEqual(moved);
    const events = await repos.db.events.where('entityId').equals(a.id).toArray();
    expect(events.at(-1)).toMatchObject({
      type: 'initiative.moved',
      data: { from: { laneId: growth.id }, to: { laneId: core.id } },
    });
  });

  it('edits only what changed and reports no change as null', async () => {
    const { repos, product, growth } = await productWithLanes();
    const a = await repos.roadmap.createInitiative(product.id, {
      title: 'A',
      laneId: growth.id,
      start: null,
      end: null,
      horizon: 'next',
    });
    expect(await repos.roadmap.updateInitiative(a.id, { title: 'A' })).toBeNull();
    const edited = await repos.roadmap.updateInitiative(a.id, {
      status: 'at-risk',
      start: '2026-08-01',
      end: '2026-08-31',
    });
    expect(edited).toMatchObject({ status: 'at-risk', start: '2026-08-01', horizon: null });
    const events = await repos.db.events.where('entityId').equals(a.id).toArray();
    expect(events.at(-1)?.data).toEqual({ fields: ['start', 'end', 'horizon', 'status'] });
  });

  it('changes the horizon of an undated initiative, and of a dated one only when its dates are dropped', async () => {
    const { repos, product, growth } = await productWithLanes();
    const undated = await repos.roadmap.createInitiative(product.id, {
      title: 'U',
      laneId: growth.id,
      start: null,
      end: null,
      horizon: 'next',
    });
    const dated = await repos.roadmap.createInitiative(product.id, {
      title: 'D',
      laneId: growth.id,
      start: '2026-05-01',
      end: '2026-05-02',
      horizon: null,
      milestone: false,
    });
    expect(await repos.roadmap.setHorizon(undated.id, 'now', 'Zz')).toMatchObject({ horizon: 'now', rank: 'Zz' });
    // Without clearDates only its place in the column changes.
    expect(await repos.roadmap.setHorizon(dated.id, 'later', 'Zy')).toMatchObject({
      start: '2026-05-01',
      horizon: null,
      rank: 'Zy',
    });
    expect(await repos.roadmap.setHorizon(dated.id, 'later', 'Zy', { clearDates: true })).toMatchObject({
      start: null,
      end: null,
      horizon: 'later',
    });
  });

  it('soft-deletes and restores', async () => {
    const { repos, product, growth } = await productWithLanes();
    const a = await repos.roadmap.createInitiative(product.id, {
      title: 'A',
      laneId: growth.id,
      start: null,
      end: null,
      horizon: 'now',
    });
    await repos.roadmap.deleteInitiative(a.id);
    expect(await repos.roadmap.listInitiatives(product.id)).toEqual([]);
    expect((await repos.db.initiatives.get(a.id))?.deleted).toBe(true);
    await repos.roadmap.restoreInitiative(a.id);
    expect((await repos.roadmap.listInitiatives(product.id)).map((i) => i.id)).toEqual([a.id]);
  });
});

describe('linking requirements', () => {
  it('links from either side, moves a requirement between initiatives, unlinks, with events', async () => {
    const { repos, product, growth, inbox } = await productWithLanes();
    const a = await repos.roadmap.createInitiative(product.id, {
      title: 'A',
      laneId: growth.id,
      start: null,
      end: null,
      horizon: 'now',
    });
    const b = await repos.roadmap.createInitiative(product.id, {
      title: 'B',
      laneId: growth.id,
      start: null,
      end: null,
      horizon: 'now',
    });
    const r = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'Calendar' });
    expect(r.initiativeId).toBeNull();

    await repos.roadmap.linkRequirement(a.id, r.id);
    expect((await repos.roadmap.listLinkedRequirements([a.id])).map((x) => x.id)).toEqual([r.id]);
    await repos.roadmap.linkRequirement(b.id, r.id);
    expect(await repos.roadmap.listLinkedRequirements([a.id])).toEqual([]);
    expect((await repos.requirements.getRequirement(r.id))?.initiativeId).toBe(b.id);
    await repos.roadmap.unlinkRequirement(r.id);
    expect(await repos.roadmap.listLinkedRequirements([a.id, b.id])).toEqual([]);
    expect(await eventsOf(repos, b.id)).toEqual(['initiative.created', 'initiative.linked', 'initiative.unlinked']);
    expect((await repos.requirements.getRequirement(r.id))?.version).toBe(4);
  });

  it('links requirements chosen before the first save in the creating transaction, or nothing', async () => {
    const { repos, product, growth, inbox } = await productWithLanes();
    const r = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'Calendar' });
    const created = await repos.roadmap.createInitiative(product.id, {
      title: 'A',
      laneId: growth.id,
      start: null,
      end: null,
      horizon: 'now',
      requirementIds: [r.id],
    });
    expect((await repos.requirements.getRequirement(r.id))?.initiativeId).toBe(created.id);
    await expect(
      repos.roadmap.createInitiative(product.id, {
        title: 'B',
        laneId: growth.id,
        start: null,
        end: null,
        horizon: 'now',
        requirementIds: [r.id, 'missing'],
      }),
    ).rejects.toBeInstanceOf(CairnWriteError);
    expect((await repos.roadmap.listInitiatives(product.id)).map((i) => i.title)).toEqual(['A']);
    expect((await repos.requirements.getRequirement(r.id))?.initiativeId).toBe(created.id);
  });

  it('refuses a requirement of another product', async () => {
    const { repos, product, growth } = await productWithLanes();
    const other = await repos.products.createProduct('Other');
    const stage = (await repos.stages.listStages(other.id))[0];
    if (!stage) throw new Error('no stage');
    const r = await repos.requirements.createRequirement(other.id, stage.id, { title: 'Elsewhere' });
    const a = await repos.roadmap.createInitiative(product.id, {
      title: 'A',
      laneId: growth.id,
      start: null,
      end: null,
      horizon: 'now',
    });
    await expect(repos.roadmap.linkRequirement(a.id, r.id)).rejects.toBeInstanceOf(CairnWriteError);
    expect((await repos.requirements.getRequirement(r.id))?.initiativeId).toBeNull();
  });
});
