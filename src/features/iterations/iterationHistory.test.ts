import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { describe, expect, it } from 'vitest';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import {
  iterationActionEntry,
  iterationCreatedEntry,
  iterationEditEntry,
  parallelIterationsEntry,
  planEntry,
} from './iterationHistory';

async function sprintWithWork() {
  const { product, stage } = await appProduct();
  const add = (title: string) => repos.requirements.createRequirement(product.id, stage('development').id, { title });
  const [a, b] = [await add('Alpha'), await add('Beta')];
  const sprint = await repos.iterations.createIteration(product.id, {
    name: 'Sprint 1',
    startDate: '2026-03-02',
    endDate: '2026-03-13',
  });
  return { product, stage, a, b, sprint };
}

const requirement = async (id: string) => (await repos.requirements.getRequirement(id))!;
const iteration = async (id: string) => (await repos.iterations.getIteration(id))!;

describe('iteration history entries', () => {
  it('planning a requirement undoes, redoes, undoes and redoes, and stops at a newer write', async () => {
    const { a, sprint } = await sprintWithWork();
    const planned = await repos.iterations.planRequirement(a.id, sprint.id);
    await expectRoundTrips(
      planEntry(a, planned, sprint.name),
      async () => expect((await requirement(a.id)).iterationId).toBeNull(),
      async () => expect((await requirement(a.id)).iterationId).toBe(sprint.id),
    );
    await expectStaleStops(
      planEntry(a, await requirement(a.id), sprint.name),
      async () => void (await repos.requirements.updateRequirement(a.id, { title: 'Renamed' })),
      async () => expect((await requirement(a.id)).iterationId).toBe(sprint.id),
    );
  });

  it('starting an iteration undoes back to planned and redoes', async () => {
    const { sprint } = await sprintWithWork();
    const started = await repos.iterations.startIteration(sprint.id);
    await expectRoundTrips(
      iterationActionEntry(sprint, { kind: 'start' }, { iteration: started, movedOut: [] }),
      async () =>
        expect(await iteration(sprint.id)).toMatchObject({ state: 'planned', startedAt: null, committedPoints: null }),
      async () => expect((await iteration(sprint.id)).state).toBe('active'),
    );
  });

  it('closing an iteration undoes back to active with its carried-over work, and redoes the same carry-over', async () => {
    const { a, b, sprint } = await sprintWithWork();
    for (const r of [a, b]) await repos.iterations.planRequirement(r.id, sprint.id);
    const active = await repos.iterations.startIteration(sprint.id);
    const choices = { [a.id]: null, [b.id]: null };
    const change = await repos.iterations.closeIteration(sprint.id, choices);
    const planned = async () => [(await requirement(a.id)).iterationId, (await requirement(b.id)).iterationId];
    await expectRoundTrips(
      iterationActionEntry(active, { kind: 'close', choices }, change),
      async () => {
        expect(await iteration(sprint.id)).toMatchObject({ state: 'active', closedAt: null, completedPoints: null });
        expect(await planned()).toEqual([sprint.id, sprint.id]);
      },
      async () => {
        expect((await iteration(sprint.id)).state).toBe('closed');
        expect(await planned()).toEqual([null, null]);
      },
    );
  });

  it('deleting an iteration undoes with its requirements back in it, and stops at a newer write', async () => {
    const { a, sprint } = await sprintWithWork();
    await repos.iterations.planRequirement(a.id, sprint.id);
    const before = await iteration(sprint.id);
    const change = await repos.iterations.deleteIteration(sprint.id);
    await expectRoundTrips(
      iterationActionEntry(before, { kind: 'delete' }, change),
      async () => {
        expect((await iteration(sprint.id)).deleted).toBe(false);
        expect((await requirement(a.id)).iterationId).toBe(sprint.id);
      },
      async () => {
        expect((await iteration(sprint.id)).deleted).toBe(true);
        expect((await requirement(a.id)).iterationId).toBeNull();
      },
    );
    await expectStaleStops(
      iterationActionEntry(before, { kind: 'delete' }, { iteration: await iteration(sprint.id), movedOut: [] }),
      async () => {
        await repos.db.iterations.update(sprint.id, { version: (await iteration(sprint.id)).version + 1 });
      },
      async () => expect((await iteration(sprint.id)).deleted).toBe(true),
    );
  });

  it('the parallel-iterations setting undoes, redoes, undoes and redoes', async () => {
    const { product } = await appProduct();
    const saved = await repos.productSettings.updateProductSettings(product.id, { parallelIterations: true });
    const read = async () => (await repos.products.getProduct(product.id))!.settings.parallelIterations;
    await expectRoundTrips(
      parallelIterationsEntry(product, saved),
      async () => expect(await read()).toBe(false),
      async () => expect(await read()).toBe(true),
    );
  });

  it('adding an iteration undoes to the trash and redoes the same one; an edit undoes and redoes', async () => {
    const { sprint } = await sprintWithWork();
    await expectRoundTrips(
      iterationCreatedEntry(sprint),
      async () => expect((await iteration(sprint.id)).deleted).toBe(true),
      async () => expect((await iteration(sprint.id)).deleted).toBe(false),
    );
    const before = await iteration(sprint.id);
    const edited = (await repos.iterations.updateIteration(sprint.id, { goal: 'Ship checkout', capacity: 30 }))!;
    await expectRoundTrips(
      iterationEditEntry(before, edited),
      async () => expect(await iteration(sprint.id)).toMatchObject({ goal: '', capacity: null }),
      async () => expect(await iteration(sprint.id)).toMatchObject({ goal: 'Ship checkout', capacity: 30 }),
    );
  });
});
