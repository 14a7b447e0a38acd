import { describe, expect, it } from 'vitest';
import { CairnWriteError } from '../domain/errors';
import { openTestRepositories } from './testing/testDb';

async function productWithWork() {
  const repos = openTestRepositories();
  const product = await repos.products.createProduct('Travel app');
  const stages = await repos.stages.listStages(product.id);
  const stage = (key: string) => stages.find((s) => s.key === key)!;
  const add = async (title: string, estimate: number | null) => {
    const r = await repos.requirements.createRequirement(product.id, stage('development').id, { title });
    await repos.requirements.updateRequirement(r.id, { estimate });
    return r;
  };
  const a = await add('Alpha', 5);
  const b = await add('Beta', 3);
  const c = await add('Gamma', null);
  const sprint = await repos.iterations.createIteration(product.id, {
    name: 'Sprint 1',
    startDate: '2026-03-02',
    endDate: '2026-03-13',
    capacity: 20,
  });
  return { repos, product, stage, a, b, c, sprint };
}

const eventTypes = async (repos: ReturnType<typeof openTestRepositories>, entityId: string) =>
  (await repos.db.events.where('entityId').equals(entityId).sortBy('at')).map((e) => e.type);

describe('iteration repository', () => {
  it('creates, edits and refuses an end before the start', async () => {
    const { repos, product, sprint } = await productWithWork();
    expect(sprint.state).toBe('planned');
    await repos.iterations.updateIteration(sprint.id, { goal: ' Ship checkout ' });
    expect((await repos.iterations.getIteration(sprint.id))?.goal).toBe('Ship checkout');
    await expect(
      repos.iterations.createIteration(product.id, { name: 'Bad', startDate: '2026-03-10', endDate: '2026-03-01' }),
    ).rejects.toBeInstanceOf(CairnWriteError);
    expect((await repos.iterations.listIterations(product.id)).map((i) => i.name)).toEqual(['Sprint 1']);
    expect(await eventTypes(repos, sprint.id)).toEqual(['iteration.created', 'iteration.edited']);
  });

  it('plans and unplans requirements with events naming both iterations', async () => {
    const { repos, product, a, sprint } = await productWithWork();
    const next = await repos.iterations.createIteration(product.id, {
      name: 'Sprint 2',
      startDate: '2026-03-16',
      endDate: '2026-03-27',
    });
    await repos.iterations.planRequirement(a.id, sprint.id);
    await repos.iterations.planRequirement(a.id, next.id);
    await repos.iterations.planRequirement(a.id, null);
    const events = (await repos.db.events.where('entityId').equals(a.id).sortBy('at')).filter((e) =>
      e.type.startsWith('iteration.'),
    );
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ['iteration.planned', { iterationId: sprint.id, previousIterationId: null }],
      ['iteration.planned', { iterationId: next.id, previousIterationId: sprint.id }],
      ['iteration.unplanned', { iterationId: null, previousIterationId: next.id }],
    ]);
    expect((await repos.requirements.getRequirement(a.id))?.iterationId).toBeNull();
  });

  it('an undo refuses to replan a requirement that was planned elsewhere since', async () => {
    const { repos, product, a, sprint } = await productWithWork();
    const next = await repos.iterations.createIteration(product.id, {
      name: 'Sprint 2',
      startDate: '2026-03-16',
      endDate: '2026-03-27',
    });
    await repos.iterations.planRequirement(a.id, sprint.id);
    await repos.iterations.planRequirement(a.id, next.id);
    const refused = await repos.iterations
      .planRequirement(a.id, null, { iterationId: sprint.id })
      .catch((e: unknown) => e);
    expect((refused as CairnWriteError).code).toBe('stale');
    expect((await repos.requirements.getRequirement(a.id))?.iterationId).toBe(next.id);
    await repos.iterations.planRequirement(a.id, null, { iterationId: next.id });
    expect((await repos.requirements.getRequirement(a.id))?.iterationId).toBeNull();
  });

  it('starts with the committed points and refuses a second active iteration unless parallel ones are allowed', async () => {
    const { repos, product, a, b, c, sprint } = await productWithWork();
    for (const r of [a, b, c]) await repos.iterations.planRequirement(r.id, sprint.id);
    const started = await repos.iterations.startIteration(sprint.id);
    expect(started).toMatchObject({ state: 'active', committedPoints: 8 });

    const other = await repos.iterations.createIteration(product.id, {
      name: 'Team B',
      startDate: '2026-03-02',
      endDate: '2026-03-13',
    });
    const refused = await repos.iterations.startIteration(other.id).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CairnWriteError);
    expect((refused as CairnWriteError).details.name).toBe('Sprint 1');
    expect((await repos.iterations.getIteration(other.id))?.state).toBe('planned');

    await repos.iterations.setParallelIterations(product.id, true);
    expect((await repos.products.getProduct(product.id))?.settings.parallelIterations).toBe(true);
    expect((await repos.iterations.startIteration(other.id)).state).toBe('active');
    expect(await eventTypes(repos, product.id)).toContain('product.settingsChanged');
  });

  it('closes in one transaction: completed points, carry-over to the next iteration and back to the backlog', async () => {
    const { repos, product, stage, a, b, c, sprint } = await productWithWork();
    const next = await repos.iterations.createIteration(product.id, {
      name: 'Sprint 2',
      startDate: '2026-03-16',
      endDate: '2026-03-27',
    });
    for (const r of [a, b, c]) await repos.iterations.planRequirement(r.id, sprint.id);
    await repos.iterations.startIteration(sprint.id);
    await repos.requirements.moveRequirement(a.id, stage('released').id, 'a0');

    const { iteration: closed } = await repos.iterations.closeIteration(sprint.id, { [b.id]: next.id, [c.id]: null });
    expect(closed).toMatchObject({ state: 'closed', committedPoints: 8, completedPoints: 5 });
    const after = async (id: string) => (await repos.requirements.getRequirement(id))?.iterationId;
    expect([await after(a.id), await after(b.id), await after(c.id)]).toEqual([sprint.id, next.id, null]);
    expect(await eventTypes(repos, sprint.id)).toEqual(['iteration.created', 'iteration.started', 'iteration.closed']);
  });

  it('writes nothing when a carry-over choice is missing or points at a closed iteration', async () => {
    const { repos, product, b, c, sprint } = await productWithWork();
    const old = await repos.iterations.createIteration(product.id, {
      name: 'Old',
      startDate: '2026-02-02',
      endDate: '2026-02-13',
    });
    await repos.iterations.startIteration(old.id);
    await repos.iterations.closeIteration(old.id, {});
    for (const r of [b, c]) await repos.iterations.planRequirement(r.id, sprint.id);
    await repos.iterations.startIteration(sprint.id);
    const eventsBefore = await repos.db.events.count();

    await expect(repos.iterations.closeIteration(sprint.id, { [b.id]: null })).rejects.toBeInstanceOf(CairnWriteError);
    await expect(repos.iterations.closeIteration(sprint.id, { [b.id]: null, [c.id]: old.id })).rejects.toBeInstanceOf(
      CairnWriteError,
    );
    expect(await repos.db.events.count()).toBe(eventsBefore);
    expect((await repos.iterations.getIteration(sprint.id))?.state).toBe('active');
    expect((await repos.requirements.getRequirement(b.id))?.iterationId).toBe(sprint.id);
    await expect(repos.iterations.planRequirement(b.id, old.id)).rejects.toBeInstanceOf(CairnWriteError);
  });

  it('rolls the whole close back when a write inside it fails', async () => {
    const { repos, product, b, c, sprint } = await productWithWork();
    const next = await repos.iterations.createIteration(product.id, {
      name: 'Sprint 2',
      startDate: '2026-03-16',
      endDate: '2026-03-27',
    });
    for (const r of [b, c]) await repos.iterations.planRequirement(r.id, sprint.id);
    await repos.iterations.startIteration(sprint.id);
    // The iteration row is written last: make that write fail after the requirements moved.
    const put = repos.db.iterations.put.bind(repos.db.iterations);
    repos.db.iterations.put = () => Promise.reject(new Error('disk gone')) as never;
    await expect(repos.iterations.closeIteration(sprint.id, { [b.id]: next.id, [c.id]: null })).rejects.toThrow(
      'disk gone',
    );
    repos.db.iterations.put = put;
    expect((await repos.requirements.getRequirement(b.id))?.iterationId).toBe(sprint.id);
    expect((await repos.requirements.getRequirement(c.id))?.iterationId).toBe(sprint.id);
    expect((await repos.iterations.getIteration(sprint.id))?.state).toBe('active');
  });

  it('reads the burndown events from just before the start and deletes a planned iteration back to the backlog', async () => {
    const { repos, product, a, sprint } = await productWithWork();
    await repos.iterations.planRequirement(a.id, sprint.id);
    const events = await repos.iterations.listBurndownEvents(product.id, '2025-12-30');
    expect(events.map((e) => e.type)).toEqual(['iteration.planned']);
    expect(await repos.iterations.listBurndownEvents(product.id, '2026-02-01')).toEqual([]);
    await repos.iterations.deleteIteration(sprint.id);
    expect((await repos.requirements.getRequirement(a.id))?.iterationId).toBeNull();
    expect(await repos.iterations.listIterations(product.id)).toEqual([]);
  });

  it('reverts a close: the iteration is active again, carried-over work comes back except what changed since, with events', async () => {
    const { repos, product, a, b, c, sprint } = await productWithWork();
    const next = await repos.iterations.createIteration(product.id, {
      name: 'Sprint 2',
      startDate: '2026-03-16',
      endDate: '2026-03-27',
    });
    for (const r of [a, b, c]) await repos.iterations.planRequirement(r.id, sprint.id);
    const active = await repos.iterations.startIteration(sprint.id);
    const closed = await repos.iterations.closeIteration(sprint.id, { [a.id]: next.id, [b.id]: null, [c.id]: null });
    await repos.requirements.updateRequirement(c.id, { title: 'Worked on since' });
    await expect(
      repos.iterations.revertIteration(sprint.id, active, closed.movedOut, { ifVersion: active.version }),
    ).rejects.toMatchObject({ code: 'stale' });

    const reverted = await repos.iterations.revertIteration(sprint.id, active, closed.movedOut, {
      ifVersion: closed.iteration.version,
    });
    expect(reverted).toMatchObject({
      state: 'active',
      closedAt: null,
      completedPoints: null,
      version: closed.iteration.version + 1,
    });
    const where = async (id: string) => (await repos.requirements.getRequirement(id))?.iterationId;
    expect([await where(a.id), await where(b.id), await where(c.id)]).toEqual([sprint.id, sprint.id, null]);
    expect((await eventTypes(repos, sprint.id)).at(-1)).toBe('iteration.edited');
    expect((await eventTypes(repos, a.id)).at(-1)).toBe('iteration.planned');
  });
});
