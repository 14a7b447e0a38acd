import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { describe, expect, it } from 'vitest';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import { createEntry, moveEntry } from './boardHistory';

const read = async (id: string) => (await repos.requirements.getRequirement(id))!;

describe('board history entries', () => {
  it('a move undoes, redoes, undoes and redoes', async () => {
    const { product, stage } = await appProduct();
    const created = await repos.requirements.createRequirement(product.id, stage('inbox').id, { title: 'Moved' });
    const moved = await repos.requirements.moveRequirement(created.id, stage('design').id, 'a0');
    await expectRoundTrips(
      moveEntry(moved, stage('design'), created),
      async () => expect((await read(created.id)).stageId).toBe(stage('inbox').id),
      async () => expect((await read(created.id)).stageId).toBe(stage('design').id),
    );
  });

  it('a move’s replay stops at a write made by someone else', async () => {
    const { product, stage } = await appProduct();
    const created = await repos.requirements.createRequirement(product.id, stage('inbox').id, { title: 'Contested' });
    const moved = await repos.requirements.moveRequirement(created.id, stage('design').id, 'a0');
    await expectStaleStops(
      moveEntry(moved, stage('design'), created),
      async () => void (await repos.requirements.moveRequirement(created.id, stage('review').id, 'a0')),
      async () => expect((await read(created.id)).stageId).toBe(stage('review').id),
    );
  });

  it('a quick add undoes to the trash and redoes the same card', async () => {
    const { product, stage } = await appProduct();
    const created = await repos.requirements.createRequirement(product.id, stage('inbox').id, { title: 'Added' });
    await expectRoundTrips(
      createEntry(created),
      async () => expect((await read(created.id)).state).toBe('deleted'),
      async () => expect((await read(created.id)).state).toBe('active'),
    );
    await expectStaleStops(
      createEntry(await read(created.id)),
      async () => void (await repos.requirements.updateRequirement(created.id, { title: 'Renamed elsewhere' })),
      async () => expect((await read(created.id)).state).toBe('active'),
    );
  });
});
