import { describe, expect, it } from 'vitest';
import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { NEW_ITERATION } from '../../domain/iterations/carryOver';
import { nextIterationDraft } from '../../domain/iterations/nextIteration';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import { closeIntoNextEntry } from './iterationHistory';

async function activeSprint() {
  const { product, stage } = await appProduct();
  const add = (title: string) => repos.requirements.createRequirement(product.id, stage('development').id, { title });
  const [a, b] = [await add('Alpha'), await add('Beta')];
  const sprint = await repos.iterations.createIteration(product.id, {
    name: 'Sprint 3',
    startDate: '2026-03-02',
    endDate: '2026-03-13',
    capacity: 20,
  });
  for (const r of [a, b]) await repos.iterations.planRequirement(r.id, sprint.id);
  return { product, a, b, active: await repos.iterations.startIteration(sprint.id) };
}

const requirement = async (id: string) => (await repos.requirements.getRequirement(id))!;
const iteration = async (id: string) => (await repos.iterations.getIteration(id))!;

describe('closing an iteration into a new next one', () => {
  it('creates the next iteration and carries work into it in the same write', async () => {
    const { product, a, b, active } = await activeSprint();
    const change = await repos.iterations.closeIteration(
      active.id,
      { [a.id]: NEW_ITERATION, [b.id]: null },
      undefined,
      { input: nextIterationDraft(active) },
    );
    expect(change.created).toMatchObject({
      name: 'Sprint 4',
      startDate: '2026-03-14',
      endDate: '2026-03-25',
      capacity: 20,
      state: 'planned',
    });
    expect((await requirement(a.id)).iterationId).toBe(change.created!.id);
    expect((await requirement(b.id)).iterationId).toBeNull();
    expect((await repos.iterations.listIterations(product.id)).map((i) => [i.name, i.state])).toEqual([
      ['Sprint 3', 'closed'],
      ['Sprint 4', 'planned'],
    ]);
  });

  it('writes nothing, not even the new iteration, when the close is refused', async () => {
    const { product, a, active } = await activeSprint();
    // Beta has no choice: the close is refused after the new iteration was inserted, so that insert must roll back.
    await expect(
      repos.iterations.closeIteration(active.id, { [a.id]: NEW_ITERATION }, undefined, {
        input: nextIterationDraft(active),
      }),
    ).rejects.toMatchObject({
      code: 'invalidInput',
    });
    expect((await repos.iterations.listIterations(product.id)).map((i) => i.name)).toEqual(['Sprint 3']);
    expect((await iteration(active.id)).state).toBe('active');
  });

  it('undo takes back the close and the new iteration, redo brings the same one back: undo → redo → undo → redo', async () => {
    const { a, b, active } = await activeSprint();
    const choices = { [a.id]: NEW_ITERATION, [b.id]: null };
    const change = await repos.iterations.closeIteration(active.id, choices, undefined, {
      input: nextIterationDraft(active),
    });
    const created = change.created!;
    const entry = closeIntoNextEntry(active, choices, { ...change, created });
    expect(entry.describe((key, params) => `${key} ${JSON.stringify(params)}`)).toContain('Sprint 4');
    await expectRoundTrips(
      entry,
      async () => {
        expect((await iteration(active.id)).state).toBe('active');
        expect((await iteration(created.id)).deleted).toBe(true);
        expect([(await requirement(a.id)).iterationId, (await requirement(b.id)).iterationId]).toEqual([
          active.id,
          active.id,
        ]);
      },
      async () => {
        expect((await iteration(active.id)).state).toBe('closed');
        expect((await iteration(created.id)).deleted).toBe(false);
        expect([(await requirement(a.id)).iterationId, (await requirement(b.id)).iterationId]).toEqual([
          created.id,
          null,
        ]);
      },
    );
  });

  it('an edit of the new iteration since stops the undo and changes nothing', async () => {
    const { a, b, active } = await activeSprint();
    const choices = { [a.id]: NEW_ITERATION, [b.id]: null };
    const change = await repos.iterations.closeIteration(active.id, choices, undefined, {
      input: nextIterationDraft(active),
    });
    const created = change.created!;
    await expectStaleStops(
      closeIntoNextEntry(active, choices, { ...change, created }),
      async () => void (await repos.iterations.updateIteration(created.id, { goal: 'Planned by someone else' })),
      async () => {
        expect((await iteration(active.id)).state).toBe('closed');
        expect((await iteration(created.id)).deleted).toBe(false);
        expect((await requirement(a.id)).iterationId).toBe(created.id);
      },
    );
  });
});
