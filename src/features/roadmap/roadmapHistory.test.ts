import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { describe, expect, it } from 'vitest';
import { useHistory } from '../../state/history';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import {
  deleteInitiativeRecorded,
  recordInitiativeChange,
  recordInitiativeCreated,
  recordRequirementLink,
} from './roadmapHistory';

async function initiative() {
  const { product } = await appProduct();
  const lane = await repos.roadmap.createLane(product.id, 'Growth', '#16a34a');
  return repos.roadmap.createInitiative(product.id, {
    title: 'Checkout',
    laneId: lane.id,
    start: null,
    end: null,
    horizon: 'now',
  });
}

const latest = () => useHistory.getState().past.at(-1)!;
const row = async (id: string) => (await repos.db.initiatives.get(id))!;

describe('roadmap history entries', () => {
  it.each(['edit', 'move'] as const)(
    'an initiative %s undoes, redoes, undoes and redoes, and stops at a newer write',
    async (kind) => {
      const created = await initiative();
      const saved = (await repos.roadmap.updateInitiative(created.id, { horizon: 'later' }))!;
      recordInitiativeChange(created, saved, kind);
      await expectRoundTrips(
        latest(),
        async () => expect((await row(created.id)).horizon).toBe('now'),
        async () => expect((await row(created.id)).horizon).toBe('later'),
      );
      recordInitiativeChange(
        saved,
        (await repos.roadmap.updateInitiative(created.id, { title: 'Checkout v2' }))!,
        kind,
      );
      await expectStaleStops(
        latest(),
        async () => void (await repos.roadmap.updateInitiative(created.id, { horizon: 'next' })),
        async () => expect((await row(created.id)).horizon).toBe('next'),
      );
    },
  );

  it('an add undoes to the trash and redoes the same initiative', async () => {
    const created = await initiative();
    recordInitiativeCreated(created);
    await expectRoundTrips(
      latest(),
      async () => expect((await row(created.id)).deleted).toBe(true),
      async () => expect((await row(created.id)).deleted).toBe(false),
    );
  });

  it('a delete undoes, redoes, undoes and redoes', async () => {
    const created = await initiative();
    const entry = await deleteInitiativeRecorded(created);
    await expectRoundTrips(
      entry,
      async () => expect((await row(created.id)).deleted).toBe(false),
      async () => expect((await row(created.id)).deleted).toBe(true),
    );
  });

  it('a requirement linked from the roadmap undoes, redoes, undoes and redoes', async () => {
    const created = await initiative();
    const inbox = (await repos.stages.listStages(created.productId))[0]!;
    const requirement = await repos.requirements.createRequirement(created.productId, inbox.id, {
      title: 'Pay by card',
    });
    recordRequirementLink(requirement, await repos.roadmap.linkRequirement(created.id, requirement.id));
    const linkedTo = async () => (await repos.requirements.getRequirement(requirement.id))!.initiativeId;
    await expectRoundTrips(
      latest(),
      async () => expect(await linkedTo()).toBeNull(),
      async () => expect(await linkedTo()).toBe(created.id),
    );
  });
});
