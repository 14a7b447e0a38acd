import { describe, expect, it } from 'vitest';
import { openTestRepositories } from './testing/testDb';

async function setup() {
  const repos = openTestRepositories();
  const product = await repos.products.createProduct('P');
  const stages = await repos.stages.listStages(product.id);
  return { repos, product, stages };
}

describe('stages', () => {
  it('keeps a renamed name exactly as typed', async () => {
    const { repos, product, stages } = await setup();
    await repos.stages.updateStage(stages[0]!.id, { name: '  Triage 分诊 ' });
    const [first] = await repos.stages.listStages(product.id);
    expect(first?.name).toBe('Triage 分诊');
    expect(first?.key).toBe('inbox');
  });

  it('reorders by writing only the moved stage', async () => {
    const { repos, product, stages } = await setup();
    const review = stages.at(-1)!;
    await repos.stages.moveStage(review.id, 0);
    const after = await repos.stages.listStages(product.id);
    expect(after.map((s) => s.key)).toEqual([
      'review',
      'inbox',
      'analysis',
      'design',
      'development',
      'testing',
      'released',
    ]);
    expect(after.filter((s) => s.version > 1).map((s) => s.key)).toEqual(['review']);
  });

  it('adds a stage at the end', async () => {
    const { repos, product } = await setup();
    await repos.stages.addStage(product.id, 'Growth', '#123456');
    const after = await repos.stages.listStages(product.id);
    expect(after.at(-1)?.name).toBe('Growth');
    expect(after.at(-1)?.key).toBeNull();
  });

  it('refuses to delete a stage with requirements unless told where they go', async () => {
    const { repos, product, stages } = await setup();
    const [inbox, analysis] = stages as [(typeof stages)[0], (typeof stages)[0]];
    await repos.requirements.createRequirement(product.id, analysis.id, { title: 'Existing' });
    await repos.requirements.createRequirement(product.id, inbox.id, { title: 'Two' });
    await repos.requirements.createRequirement(product.id, inbox.id, { title: 'One' });
    await expect(repos.stages.deleteStage(inbox.id, null)).rejects.toMatchObject({ code: 'stageHasRequirements' });
    expect((await repos.stages.listStages(product.id)).length).toBe(7);

    await repos.stages.deleteStage(inbox.id, analysis.id);
    expect((await repos.stages.listStages(product.id)).map((s) => s.key)[0]).toBe('analysis');
    const board = await repos.requirements.listBoardRequirements(product.id);
    expect(board.map((r) => r.title)).toEqual(['Existing', 'One', 'Two']);
    expect(board.every((r) => r.stageId === analysis.id)).toBe(true);
  });

  it('rejects a WIP limit that is not a positive whole number', async () => {
    const { repos, stages } = await setup();
    await expect(repos.stages.updateStage(stages[0]!.id, { wipLimit: 0 })).rejects.toMatchObject({
      code: 'invalidInput',
    });
    await expect(repos.stages.updateStage(stages[0]!.id, { wipLimit: 1.5 })).rejects.toMatchObject({
      code: 'invalidInput',
    });
  });

  it('never deletes the last stage', async () => {
    const { repos, product, stages } = await setup();
    for (const stage of stages.slice(1)) await repos.stages.deleteStage(stage.id, null);
    await expect(repos.stages.deleteStage(stages[0]!.id, null)).rejects.toMatchObject({ code: 'lastStage' });
    expect((await repos.stages.listStages(product.id)).length).toBe(1);
  });

  it('restores a deleted stage and puts back the requirements its deletion moved, except those changed since', async () => {
    const { repos, product, stages } = await setup();
    const [inbox, analysis] = stages as [(typeof stages)[0], (typeof stages)[0]];
    const a = await repos.requirements.createRequirement(product.id, analysis.id, { title: 'A' });
    const b = await repos.requirements.createRequirement(product.id, analysis.id, { title: 'B' });
    const { moved } = await repos.stages.deleteStage(analysis.id, inbox.id);
    expect(moved.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
    // B is moved on by hand after the deletion: undo must not drag it back.
    await repos.requirements.moveRequirement(b.id, inbox.id, 'a0');
    await repos.stages.restoreStage(analysis.id, moved);
    expect((await repos.stages.listStages(product.id)).map((s) => s.id)).toEqual(stages.map((s) => s.id));
    const rows = await repos.requirements.listBoardRequirements(product.id);
    expect(rows.find((r) => r.id === a.id)?.stageId).toBe(analysis.id);
    expect(rows.find((r) => r.id === b.id)?.stageId).toBe(inbox.id);
  });

  it('refuses a guarded edit when the stage changed since', async () => {
    const { repos, stages } = await setup();
    const stage = stages[0]!;
    await repos.stages.updateStage(stage.id, { name: 'One' }, { ifVersion: stage.version });
    await expect(
      repos.stages.updateStage(stage.id, { name: 'Two' }, { ifVersion: stage.version }),
    ).rejects.toMatchObject({ code: 'stale' });
  });
});
