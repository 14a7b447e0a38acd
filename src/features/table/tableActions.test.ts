import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { describe, expect, it } from 'vitest';
import { useHistory } from '../../state/history';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import { editFromTable, moveFromTable, runBulk } from './tableActions';

const latest = () => useHistory.getState().past.at(-1)!;
const read = async (id: string) => (await repos.requirements.getRequirement(id))!;

async function twoRequirements() {
  const { product, stage } = await appProduct();
  const a = await repos.requirements.createRequirement(product.id, stage('inbox').id, { title: 'A' });
  const b = await repos.requirements.createRequirement(product.id, stage('inbox').id, { title: 'B' });
  return { stage, a, b };
}

describe('table history entries', () => {
  it('an inline edit undoes, redoes, undoes and redoes, and stops at a newer write', async () => {
    const { a } = await twoRequirements();
    await editFromTable(a, { priority: 'P0' });
    await expectRoundTrips(
      latest(),
      async () => expect((await read(a.id)).priority).toBe('P2'),
      async () => expect((await read(a.id)).priority).toBe('P0'),
    );
    await editFromTable(await read(a.id), { priority: 'P1' });
    await expectStaleStops(
      latest(),
      async () => void (await repos.requirements.updateRequirement(a.id, { title: 'Renamed' })),
      async () => expect((await read(a.id)).title).toBe('Renamed'),
    );
  });

  it('a move undoes, redoes, undoes and redoes', async () => {
    const { stage, a } = await twoRequirements();
    await moveFromTable(a, stage('design'), 'a0');
    await expectRoundTrips(
      latest(),
      async () => expect((await read(a.id)).stageId).toBe(stage('inbox').id),
      async () => expect((await read(a.id)).stageId).toBe(stage('design').id),
    );
  });

  it('a bulk change undoes, redoes, undoes and redoes every row, and stops when one row changed since', async () => {
    const { a, b } = await twoRequirements();
    await runBulk([a.id, b.id], { kind: 'priority', priority: 'P0' });
    const priorities = async () => [(await read(a.id)).priority, (await read(b.id)).priority];
    await expectRoundTrips(
      latest(),
      async () => expect(await priorities()).toEqual(['P2', 'P2']),
      async () => expect(await priorities()).toEqual(['P0', 'P0']),
    );
    await runBulk([a.id, b.id], { kind: 'archive' });
    await expectStaleStops(
      latest(),
      async () => void (await repos.requirements.updateRequirement(b.id, { title: 'Renamed' })),
      async () => expect([(await read(a.id)).state, (await read(b.id)).state]).toEqual(['archived', 'archived']),
    );
  });
});
