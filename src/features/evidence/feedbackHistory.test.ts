import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { describe, expect, it } from 'vitest';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import { feedbackEditEntry, feedbackLinkEntry, feedbackTrashEntry } from './feedbackHistory';

async function feedback() {
  const { product, stage } = await appProduct();
  const requirement = await repos.requirements.createRequirement(product.id, stage('inbox').id, { title: 'Export' });
  const row = await repos.feedback.createFeedback(product.id, {
    text: 'I need a CSV export',
    channel: 'interview',
    date: '2026-03-02',
  });
  return { requirement, row };
}

const read = async (id: string) => (await repos.feedback.getFeedback(id))!;

describe('feedback history entries', () => {
  it('an add undoes to the trash and redoes; a delete undoes and redoes', async () => {
    const { row } = await feedback();
    await expectRoundTrips(
      feedbackTrashEntry(row, true),
      async () => expect((await read(row.id)).deleted).toBe(true),
      async () => expect((await read(row.id)).deleted).toBe(false),
    );
    const deleted = await repos.feedback.deleteFeedback(row.id);
    await expectRoundTrips(
      feedbackTrashEntry(deleted, false),
      async () => expect((await read(row.id)).deleted).toBe(false),
      async () => expect((await read(row.id)).deleted).toBe(true),
    );
  });

  it('an edit undoes, redoes, undoes and redoes, and stops at a newer write', async () => {
    const { row } = await feedback();
    const edited = (await repos.feedback.editFeedback(row.id, { customer: 'ACME' }))!;
    await expectRoundTrips(
      feedbackEditEntry(row, edited),
      async () => expect((await read(row.id)).customer).toBe(''),
      async () => expect((await read(row.id)).customer).toBe('ACME'),
    );
    const again = await read(row.id);
    await expectStaleStops(
      feedbackEditEntry(again, (await repos.feedback.editFeedback(row.id, { segment: 'SMB' }))!),
      async () => void (await repos.feedback.editFeedback(row.id, { text: 'Edited in another tab' })),
      async () => expect((await read(row.id)).text).toBe('Edited in another tab'),
    );
  });

  it('a link undoes, redoes, undoes and redoes', async () => {
    const { row, requirement } = await feedback();
    const linked = await repos.feedback.linkRequirement(row.id, requirement.id);
    await expectRoundTrips(
      feedbackLinkEntry(linked, requirement.id, true),
      async () => expect((await read(row.id)).requirementIds).toEqual([]),
      async () => expect((await read(row.id)).requirementIds).toEqual([requirement.id]),
    );
  });
});
