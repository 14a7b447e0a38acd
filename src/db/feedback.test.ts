import { describe, expect, it } from 'vitest';
import { CairnWriteError } from '../domain/errors';
import { countFeedbackByRequirement } from './feedbackCounts';
import { openTestRepositories } from './testing/testDb';

async function productWithRequirements() {
  const repos = openTestRepositories();
  const product = await repos.products.createProduct('Travel app');
  const inbox = (await repos.stages.listStages(product.id))[0];
  if (!inbox) throw new Error('no stage');
  const alerts = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'Price alerts' });
  const offline = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'Offline tickets' });
  return { repos, product, alerts, offline };
}

const eventsOf = (repos: ReturnType<typeof openTestRepositories>, entityId: string) =>
  repos.db.events
    .where('entityId')
    .equals(entityId)
    .toArray()
    .then((rows) => rows.map((e) => e.type));

describe('feedback repository', () => {
  it('captures feedback with trimmed fields and an event, newest first', async () => {
    const { repos, product } = await productWithRequirements();
    const older = await repos.feedback.createFeedback(product.id, {
      text: ' Too slow ',
      channel: 'support',
      date: '2026-01-02',
      customer: ' Acme ',
    });
    const newer = await repos.feedback.createFeedback(product.id, {
      text: 'Love it',
      channel: 'review',
      date: '2026-01-05',
      url: 'https://store.example/r/1',
    });
    expect(older).toMatchObject({
      text: 'Too slow',
      customer: 'Acme',
      segment: '',
      url: null,
      requirementIds: [],
      version: 1,
    });
    expect((await repos.feedback.listFeedback(product.id)).map((f) => f.id)).toEqual([newer.id, older.id]);
    expect(await eventsOf(repos, older.id)).toEqual(['feedback.created']);
  });

  it('refuses empty text, a bad date or a non-web URL, and writes nothing', async () => {
    const { repos, product } = await productWithRequirements();
    const before = await repos.db.events.count();
    await expect(
      repos.feedback.createFeedback(product.id, { text: '  ', channel: 'other', date: '2026-01-01' }),
    ).rejects.toBeInstanceOf(CairnWriteError);
    await expect(
      repos.feedback.createFeedback(product.id, { text: 'x', channel: 'other', date: '1 Jan' }),
    ).rejects.toBeInstanceOf(CairnWriteError);
    await expect(
      repos.feedback.createFeedback(product.id, {
        text: 'x',
        channel: 'other',
        date: '2026-01-01',
        url: 'javascript:alert(1)',
      }),
    ).rejects.toBeInstanceOf(CairnWriteError);
    expect(await repos.db.feedback.count()).toBe(0);
    expect(await repos.db.events.count()).toBe(before);
  });

  it('links to many requirements and back: each side lists the other, counts follow', async () => {
    const { repos, product, alerts, offline } = await productWithRequirements();
    const a = await repos.feedback.createFeedback(product.id, {
      text: 'Tell me when it drops',
      channel: 'survey',
      date: '2026-01-01',
    });
    const b = await repos.feedback.createFeedback(product.id, {
      text: 'No signal at the gate',
      channel: 'interview',
      date: '2026-01-02',
    });
    await repos.feedback.linkRequirement(a.id, alerts.id);
    await repos.feedback.linkRequirement(a.id, offline.id);
    await repos.feedback.linkRequirement(a.id, offline.id); // twice is once
    await repos.feedback.linkRequirement(b.id, offline.id);
    expect((await repos.feedback.getFeedback(a.id))?.requirementIds).toEqual([alerts.id, offline.id]);
    expect((await repos.feedback.listFeedbackForRequirement(offline.id)).map((f) => f.id)).toEqual([b.id, a.id]);
    expect(Object.fromEntries(await countFeedbackByRequirement(repos.db, product.id))).toEqual({
      [alerts.id]: 1,
      [offline.id]: 2,
    });

    await repos.feedback.unlinkRequirement(a.id, offline.id);
    expect((await repos.feedback.listFeedbackForRequirement(offline.id)).map((f) => f.id)).toEqual([b.id]);
    expect(Object.fromEntries(await countFeedbackByRequirement(repos.db, product.id))).toEqual({
      [alerts.id]: 1,
      [offline.id]: 1,
    });
    expect(await eventsOf(repos, a.id)).toEqual([
      'feedback.created',
      'feedback.linked',
      'feedback.linked',
      'feedback.unlinked',
    ]);
  });

  it('refuses a link to a requirement of another product or one in the trash', async () => {
    const { repos, product, alerts } = await productWithRequirements();
    const other = await repos.products.createProduct('Other');
    const otherStage = (await repos.stages.listStages(other.id))[0];
    if (!otherStage) throw new Error('no stage');
    const foreign = await repos.requirements.createRequirement(other.id, otherStage.id, { title: 'Elsewhere' });
    const item = await repos.feedback.createFeedback(product.id, { text: 'x', channel: 'other', date: '2026-01-01' });
    await expect(repos.feedback.linkRequirement(item.id, foreign.id)).rejects.toBeInstanceOf(CairnWriteError);
    await repos.requirements.deleteRequirement(alerts.id);
    await expect(repos.feedback.linkRequirement(item.id, alerts.id)).rejects.toBeInstanceOf(CairnWriteError);
    expect((await repos.feedback.getFeedback(item.id))?.requirementIds).toEqual([]);
  });

  it('edits only what changed, and delete is soft: gone from lists and counts until restored', async () => {
    const { repos, product, alerts } = await productWithRequirements();
    const item = await repos.feedback.createFeedback(product.id, {
      text: 'x',
      channel: 'other',
      date: '2026-01-01',
      requirementIds: [alerts.id],
    });
    expect(await repos.feedback.editFeedback(item.id, { text: 'x' })).toBeNull();
    const edited = await repos.feedback.editFeedback(item.id, {
      text: 'Fares change too often',
      customer: 'Globex',
      url: 'http://a.example',
    });
    expect(edited).toMatchObject({
      text: 'Fares change too often',
      customer: 'Globex',
      url: 'http://a.example',
      version: 2,
    });
    await expect(repos.feedback.editFeedback(item.id, { url: 'ftp://a.example' })).rejects.toBeInstanceOf(
      CairnWriteError,
    );

    await repos.feedback.deleteFeedback(item.id);
    expect(await repos.feedback.listFeedback(product.id)).toEqual([]);
    expect(await repos.feedback.listFeedbackForRequirement(alerts.id)).toEqual([]);
    expect((await countFeedbackByRequirement(repos.db, product.id)).size).toBe(0);
    expect((await repos.db.feedback.get(item.id))?.deleted).toBe(true);

    await repos.feedback.restoreFeedback(item.id);
    expect((await repos.feedback.listFeedbackForRequirement(alerts.id)).map((f) => f.id)).toEqual([item.id]);
    expect(await eventsOf(repos, item.id)).toEqual([
      'feedback.created',
      'feedback.edited',
      'feedback.deleted',
      'feedback.edited',
    ]);
  });
});
