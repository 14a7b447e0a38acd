import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { describe, expect, it } from 'vitest';
import { useHistory } from '../../state/history';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import { addLane, deleteLane, editLane, moveLane } from './laneHistory';

const latest = () => useHistory.getState().past.at(-1)!;
const lane = async (id: string) => (await repos.db.lanes.get(id))!;
const laneNames = async (productId: string) => (await repos.roadmap.listLanes(productId)).map((l) => l.name);

async function twoLanes() {
  const { product } = await appProduct();
  const growth = await repos.roadmap.createLane(product.id, 'Growth', '#16a34a');
  const core = await repos.roadmap.createLane(product.id, 'Core', '#2563eb');
  return { productId: product.id, growth, core };
}

/** Two lanes, with one initiative in Growth. */
async function growthHoldingOne() {
  const lanes = await twoLanes();
  const held = await repos.roadmap.createInitiative(lanes.productId, {
    title: 'Referrals',
    laneId: lanes.growth.id,
    start: null,
    end: null,
    horizon: 'now',
  });
  return { ...lanes, held };
}

describe('lane history entries', () => {
  it('an added lane undoes out of the roadmap and redoes back, and stops at a newer write', async () => {
    const { productId } = await twoLanes();
    await addLane(productId, 'Platform', '#7c3aed');
    await expectRoundTrips(
      latest(),
      async () => expect(await laneNames(productId)).toEqual(['Growth', 'Core']),
      async () => expect(await laneNames(productId)).toEqual(['Growth', 'Core', 'Platform']),
    );
    const again = await addLane(productId, 'Platform', '#7c3aed');
    await expectStaleStops(
      latest(),
      async () => void (await repos.roadmap.updateLane(again.id, { name: 'Platform team' })),
      async () => expect(await laneNames(productId)).toContain('Platform team'),
    );
  });

  it.each([
    ['rename', { name: 'Growth loops' }, (l: { name: string }) => l.name, 'Growth', 'Growth loops'],
    ['recolour', { color: '#db2777' }, (l: { color: string }) => l.color, '#16a34a', '#db2777'],
  ] as const)(
    'a %s undoes, redoes, undoes and redoes, and stops at a newer write',
    async (_, patch, field, was, is) => {
      const { growth } = await twoLanes();
      await editLane(growth, patch);
      await expectRoundTrips(
        latest(),
        async () => expect(field(await lane(growth.id))).toBe(was),
        async () => expect(field(await lane(growth.id))).toBe(is),
      );
      await editLane(await lane(growth.id), patch);
      await expectStaleStops(
        latest(),
        async () => void (await repos.roadmap.updateLane(growth.id, { name: 'Someone else' })),
        async () => expect((await lane(growth.id)).name).toBe('Someone else'),
      );
    },
  );

  it('a reorder undoes, redoes, undoes and redoes, and stops at a newer write', async () => {
    const { productId, core } = await twoLanes();
    await moveLane(core, 1, 0);
    await expectRoundTrips(
      latest(),
      async () => expect(await laneNames(productId)).toEqual(['Growth', 'Core']),
      async () => expect(await laneNames(productId)).toEqual(['Core', 'Growth']),
    );
    await moveLane(await lane(core.id), 0, 1);
    await expectStaleStops(
      latest(),
      async () => void (await repos.roadmap.updateLane(core.id, { color: '#000000' })),
      async () => expect(await laneNames(productId)).toEqual(['Growth', 'Core']),
    );
  });

  it('a delete undoes with its initiatives moved back, redoes, and stops at a newer write', async () => {
    const { productId, growth, core, held } = await growthHoldingOne();
    const entry = await deleteLane(growth, core.id);
    const heldIn = async () => (await repos.db.initiatives.get(held.id))!.laneId;
    await expectRoundTrips(
      entry,
      async () => {
        expect(await laneNames(productId)).toEqual(['Growth', 'Core']);
        expect(await heldIn()).toBe(growth.id);
      },
      async () => {
        expect(await laneNames(productId)).toEqual(['Core']);
        expect(await heldIn()).toBe(core.id);
      },
    );
    const spare = await repos.roadmap.createLane(productId, 'Spare', '#64748b');
    await expectStaleStops(
      await deleteLane(spare, null),
      async () => void (await repos.roadmap.restoreLane(spare.id, [])),
      async () => expect(await laneNames(productId)).toEqual(['Core', 'Spare']),
    );
  });

  it('undoing a delete leaves in place an initiative moved again since', async () => {
    const { productId, growth, core, held } = await growthHoldingOne();
    await deleteLane(growth, core.id);
    await repos.roadmap.updateInitiative(held.id, { title: 'Referrals v2' });
    await expectRoundTrips(
      latest(),
      async () => expect(await laneNames(productId)).toEqual(['Growth', 'Core']),
      async () => expect(await laneNames(productId)).toEqual(['Core']),
    );
    expect((await repos.db.initiatives.get(held.id))!.laneId).toBe(core.id);
  });
});
