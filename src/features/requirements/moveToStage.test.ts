import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearHistory, useHistory } from '../../state/history';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import { moveToStage } from './moveToStage';
import { stageMoveEntry } from './requirementHistory';

const read = async (id: string) => (await repos.requirements.getRequirement(id))!;

beforeEach(() => clearHistory());

describe('the panel’s stage select', () => {
  it('moves the card to the top of the chosen stage with one event and one undo step', async () => {
    const { product, stage } = await appProduct();
    const waiting = await repos.requirements.createRequirement(product.id, stage('design').id, { title: 'Waiting' });
    const mover = await repos.requirements.createRequirement(product.id, stage('inbox').id, { title: 'Mover' });

    const moved = await moveToStage(mover, stage('design'));

    const column = await repos.requirements.listBoardRequirements(product.id);
    expect(column.filter((r) => r.stageId === stage('design').id).map((r) => r.title)).toEqual(['Mover', 'Waiting']);
    expect(moved.rank < waiting.rank).toBe(true);
    const events = await repos.requirements.listRequirementEvents(mover.id);
    expect(events.filter((e) => e.type === 'requirement.moved')).toHaveLength(1);
    expect(useHistory.getState().past).toHaveLength(1);
  });

  it('a blocking WIP limit refuses the move and changes nothing', async () => {
    const { product, stage } = await appProduct();
    await repos.requirements.createRequirement(product.id, stage('testing').id, { title: 'Full' });
    await repos.stages.updateStage(stage('testing').id, { wipLimit: 1, wipMode: 'block' });
    const mover = await repos.requirements.createRequirement(product.id, stage('inbox').id, { title: 'Mover' });

    await expect(moveToStage(mover, stage('testing'))).rejects.toMatchObject({ code: 'wipBlocked' });
    expect(await read(mover.id)).toEqual(mover);
    expect(useHistory.getState().past).toHaveLength(0);
  });

  it('its undo entry undoes, redoes, undoes and redoes, and stops at another write', async () => {
    const { product, stage } = await appProduct();
    const mover = await repos.requirements.createRequirement(product.id, stage('inbox').id, { title: 'Mover' });
    const moved = await repos.requirements.moveRequirement(mover.id, stage('analysis').id, 'a0');
    await expectRoundTrips(
      stageMoveEntry(mover, moved, stage('analysis')),
      async () => expect(await read(mover.id)).toMatchObject({ stageId: stage('inbox').id, rank: mover.rank }),
      async () => expect(await read(mover.id)).toMatchObject({ stageId: stage('analysis').id, rank: 'a0' }),
    );
    await expectStaleStops(
      stageMoveEntry(mover, await read(mover.id), stage('analysis')),
      async () => void (await repos.requirements.updateRequirement(mover.id, { priority: 'P0' })),
      async () => expect((await read(mover.id)).stageId).toBe(stage('analysis').id),
    );
  });
});
