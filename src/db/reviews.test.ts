import { describe, expect, it } from 'vitest';
import { CairnWriteError } from '../domain/errors';
import { openTestRepositories } from './testing/testDb';

const metric = { name: 'Sign-in completion', unit: '%', baseline: 71, target: 85, actual: null };

async function releasedRequirement() {
  const repos = openTestRepositories();
  const product = await repos.products.createProduct('Test product');
  const stages = await repos.stages.listStages(product.id);
  const stage = (key: string) => stages.find((s) => s.key === key)!;
  const created = await repos.requirements.createRequirement(product.id, stage('released').id, {
    title: 'SMS sign-in',
  });
  const row = (await repos.requirements.updateRequirement(created.id, { successMetric: metric }))!;
  return { repos, product, stage, row };
}

describe('recordReview', () => {
  it('writes the verdict and moves the card to the given stage in one write with both events', async () => {
    const { repos, stage, row } = await releasedRequirement();
    const fields = {
      verdict: 'hit' as const,
      reviewedAt: '2026-02-01T10:00:00.000Z',
      learnings: 'It **worked**.',
      successMetric: { ...metric, actual: 86 },
    };
    const { before, after } = await repos.reviews.recordReview(
      row.id,
      fields,
      { stageId: stage('review').id, rank: 'a0' },
      { ifVersion: row.version },
    );
    expect(before.version).toBe(row.version);
    expect(after).toMatchObject({ ...fields, stageId: stage('review').id, rank: 'a0', version: row.version + 2 });
    const events = await repos.requirements.listRequirementEvents(row.id);
    expect(events.slice(-2).map((e) => e.type)).toEqual(['requirement.edited', 'requirement.moved']);
  });

  it('writes nothing when the last stage is at its hard WIP limit', async () => {
    const { repos, product, stage, row } = await releasedRequirement();
    await repos.stages.updateStage(stage('review').id, { wipLimit: 1, wipMode: 'block' });
    await repos.requirements.createRequirement(product.id, stage('review').id, { title: 'Already there' });
    const attempt = repos.reviews.recordReview(
      row.id,
      { verdict: 'missed', reviewedAt: '2026-02-01T10:00:00.000Z', learnings: '', successMetric: metric },
      { stageId: stage('review').id, rank: 'a0' },
    );
    await expect(attempt).rejects.toMatchObject({ code: 'wipBlocked' });
    expect(await repos.requirements.getRequirement(row.id)).toEqual(row);
  });
});

describe('createFollowUp', () => {
  it('adds a linked requirement to the given stage, found from the source', async () => {
    const { repos, stage, row } = await releasedRequirement();
    await repos.requirements.updateRequirement(row.id, { learnings: 'Codes arrive **late**.' });
    const followUp = await repos.reviews.createFollowUp(row.id, stage('inbox').id, 'Try a shorter code');
    expect(followUp).toMatchObject({
      stageId: stage('inbox').id,
      followUpOf: row.id,
      description: 'Codes arrive **late**.',
      version: 1,
    });
    expect(await repos.requirements.getRequirement(followUp.id)).toEqual(followUp);
    expect((await repos.reviews.listFollowUps(row.id)).map((r) => r.id)).toEqual([followUp.id]);
  });

  it('refuses a follow-up of a requirement in the trash and writes nothing', async () => {
    const { repos, product, stage, row } = await releasedRequirement();
    await repos.requirements.deleteRequirement(row.id);
    const before = await repos.requirements.listBoardRequirements(product.id);
    await expect(repos.reviews.createFollowUp(row.id, stage('inbox').id, 'x')).rejects.toBeInstanceOf(CairnWriteError);
    expect(await repos.requirements.listBoardRequirements(product.id)).toEqual(before);
  });
});
