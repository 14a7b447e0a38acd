import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearHistory, redo, undo, useHistory } from '../../state/history';
import { moveToStage } from './moveToStage';

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

  it('undo puts the card back at its place in the old stage, redo moves it again', async () => {
    const { product, stage } = await appProduct();
    const mover = await repos.requirements.createRequirement(product.id, stage('inbox').id, { title: 'Mover' });
    await moveToStage(mover, stage('analysis'));
    await undo();
    expect(await read(mover.id)).toMatchObject({ stageId: stage('inbox').id, rank: mover.rank });
    await redo();
    expect((await read(mover.id)).stageId).toBe(stage('analysis').id);
  });
});
