import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearHistory, undo, useHistory } from '../../state/history';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import { createFollowUp, recordVerdict } from './reviewActions';
import { followUpEntry, recordReviewEntry } from './reviewHistory';

const metric = { name: 'Sign-in completion', unit: '%', baseline: 71, target: 85, actual: null };
const read = async (id: string) => (await repos.requirements.getRequirement(id))!;

async function released() {
  const { product, stages, stage } = await appProduct();
  const created = await repos.requirements.createRequirement(product.id, stage('released').id, {
    title: 'SMS sign-in',
  });
  const row = (await repos.requirements.updateRequirement(created.id, { successMetric: metric }))!;
  return { product, stages, stage, row };
}

beforeEach(() => clearHistory());

describe('recording a verdict', () => {
  it('writes verdict, actual and learnings and moves the card to the last stage, one undo step', async () => {
    const { stages, stage, row } = await released();
    const { moved } = await recordVerdict(
      row,
      stages,
      { verdict: 'partly', learnings: 'Codes arrive late.', successMetric: { ...metric, actual: 80 } },
      '2026-02-01T10:00:00.000Z',
    );
    expect(moved).toMatchObject({ stageId: stage('review').id, verdict: 'partly', learnings: 'Codes arrive late.' });
    expect(moved.successMetric?.actual).toBe(80);
    expect(useHistory.getState().past).toHaveLength(1);
    await undo();
    expect(await read(row.id)).toMatchObject({
      stageId: stage('released').id,
      rank: row.rank,
      verdict: null,
      reviewedAt: null,
      learnings: '',
      successMetric: metric,
    });
  });

  it('round-trips through undo and redo, and stops when someone else changed the card', async () => {
    const { stage, row } = await released();
    const place = { stageId: stage('review').id, rank: 'a0' };
    const fields = {
      verdict: 'hit' as const,
      reviewedAt: '2026-02-01T10:00:00.000Z',
      learnings: 'x',
      successMetric: metric,
    };
    const recorded = await repos.reviews.recordReview(row.id, fields, place, { ifVersion: row.version });
    const entry = recordReviewEntry(recorded);
    await expectRoundTrips(
      entry,
      async () => expect(await read(row.id)).toMatchObject({ stageId: stage('released').id, verdict: null }),
      async () => expect(await read(row.id)).toMatchObject({ stageId: stage('review').id, verdict: 'hit' }),
    );
    const again = await released();
    const fresh = await repos.reviews.recordReview(
      again.row.id,
      fields,
      { ...place, stageId: again.stage('review').id },
      {},
    );
    await expectStaleStops(
      recordReviewEntry(fresh),
      async () => void (await repos.requirements.updateRequirement(again.row.id, { title: 'Theirs' })),
      async () => expect(await read(again.row.id)).toMatchObject({ title: 'Theirs', verdict: 'hit' }),
    );
  });
});

describe('a follow-up', () => {
  it('lands in the first stage linked to its source; undo puts it in the trash, redo brings it back', async () => {
    const { stages, stage, row } = await released();
    const { created } = await createFollowUp(row, stages, 'Follow-up: SMS sign-in');
    expect(created).toMatchObject({ stageId: stage('inbox').id, followUpOf: row.id });
    await expectRoundTrips(
      followUpEntry(created),
      async () => expect((await read(created.id)).state).toBe('deleted'),
      async () => expect((await read(created.id)).state).toBe('active'),
    );
  });
});
