import { describe, expect, it } from 'vitest';
import { CairnWriteError } from '../domain/errors';
import { OURS } from './competitors';
import { openTestRepositories } from './testing/testDb';

async function productWithMatrix() {
  const repos = openTestRepositories();
  const product = await repos.products.createProduct('Travel app');
  const inbox = (await repos.stages.listStages(product.id))[0];
  if (!inbox) throw new Error('no stage');
  const alerts = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'Price alerts' });
  const skyfare = await repos.competitors.createCompetitor(product.id, {
    name: ' SkyFare ',
    url: 'https://skyfare.example',
    note: 'Market leader',
  });
  const trip = await repos.competitors.createCompetitor(product.id, { name: 'TripNow' });
  const capability = await repos.competitors.createCapability(product.id, 'Price alerts');
  return { repos, product, alerts, skyfare, trip, capability };
}

const eventsOf = (repos: ReturnType<typeof openTestRepositories>, entityId: string) =>
  repos.db.events
    .where('entityId')
    .equals(entityId)
    .toArray()
    .then((rows) => rows.map((e) => e.type));

describe('competitor repository', () => {
  it('adds competitors and capabilities in order, with events', async () => {
    const { repos, product, skyfare, capability } = await productWithMatrix();
    await repos.competitors.createCapability(product.id, 'Offline tickets');
    expect((await repos.competitors.listCompetitors(product.id)).map((c) => c.name)).toEqual(['SkyFare', 'TripNow']);
    expect((await repos.competitors.listCapabilities(product.id)).map((c) => c.name)).toEqual([
      'Price alerts',
      'Offline tickets',
    ]);
    expect(capability.ours).toEqual({ level: 'unknown', note: '' });
    expect(await eventsOf(repos, skyfare.id)).toEqual(['competitor.created']);
  });

  it('sets a cell for a competitor and for us, keeping the other cells', async () => {
    const { repos, skyfare, trip, capability } = await productWithMatrix();
    await repos.competitors.setCell(capability.id, skyfare.id, { level: 'partial', note: ' Only on web ' });
    await repos.competitors.setCell(capability.id, trip.id, { level: 'no', note: '' });
    const saved = await repos.competitors.setCell(capability.id, OURS, { level: 'has', note: '' });
    expect(saved.cells).toEqual({
      [skyfare.id]: { level: 'partial', note: 'Only on web' },
      [trip.id]: { level: 'no', note: '' },
    });
    expect(saved.ours.level).toBe('has');
    expect(await eventsOf(repos, capability.id)).toEqual([
      'capability.created',
      'capability.edited',
      'capability.edited',
      'capability.edited',
    ]);
  });

  it('refuses a cell for a competitor of another product, a bad level or a bad URL, and writes nothing', async () => {
    const { repos, skyfare, capability } = await productWithMatrix();
    const other = await repos.products.createProduct('Other');
    const foreign = await repos.competitors.createCompetitor(other.id, { name: 'Foreign' });
    const before = await repos.db.events.count();
    await expect(
      repos.competitors.setCell(capability.id, foreign.id, { level: 'has', note: '' }),
    ).rejects.toBeInstanceOf(CairnWriteError);
    await expect(
      // @ts-expect-error a level the matrix does not know, as a bad import would carry
      repos.competitors.setCell(capability.id, skyfare.id, { level: 'maybe', note: '' }),
    ).rejects.toBeInstanceOf(CairnWriteError);
    await expect(repos.competitors.updateCompetitor(skyfare.id, { url: 'javascript:void 0' })).rejects.toBeInstanceOf(
      CairnWriteError,
    );
    expect(await repos.db.events.count()).toBe(before);
    expect((await repos.db.capabilities.get(capability.id))?.cells).toEqual({});
  });

  it('links capabilities to requirements and back', async () => {
    const { repos, product, alerts, capability } = await productWithMatrix();
    const other = await repos.competitors.createCapability(product.id, 'Fare calendar');
    await repos.competitors.linkRequirement(capability.id, alerts.id);
    await repos.competitors.linkRequirement(capability.id, alerts.id);
    await repos.competitors.linkRequirement(other.id, alerts.id);
    expect((await repos.db.capabilities.get(capability.id))?.requirementIds).toEqual([alerts.id]);
    expect((await repos.competitors.listCapabilitiesForRequirement(alerts.id)).map((c) => c.name).sort()).toEqual([
      'Fare calendar',
      'Price alerts',
    ]);
    await repos.competitors.unlinkRequirement(capability.id, alerts.id);
    expect((await repos.competitors.listCapabilitiesForRequirement(alerts.id)).map((c) => c.name)).toEqual([
      'Fare calendar',
    ]);
  });

  it('renames, and removes competitors and capabilities softly', async () => {
    const { repos, product, skyfare, capability } = await productWithMatrix();
    expect(await repos.competitors.updateCompetitor(skyfare.id, { name: 'SkyFare' })).toBeNull();
    await repos.competitors.updateCompetitor(skyfare.id, { name: 'SkyFare Global', note: '' });
    await repos.competitors.renameCapability(capability.id, 'Fare alerts');
    expect((await repos.competitors.listCompetitors(product.id))[0]).toMatchObject({
      name: 'SkyFare Global',
      note: '',
      url: 'https://skyfare.example',
    });
    await repos.competitors.deleteCompetitor(skyfare.id);
    await repos.competitors.deleteCapability(capability.id);
    expect((await repos.competitors.listCompetitors(product.id)).map((c) => c.name)).toEqual(['TripNow']);
    expect(await repos.competitors.listCapabilities(product.id)).toEqual([]);
    expect((await repos.db.competitors.get(skyfare.id))?.deleted).toBe(true);
    await expect(repos.competitors.renameCapability(capability.id, 'x')).rejects.toBeInstanceOf(CairnWriteError);
    expect(await eventsOf(repos, skyfare.id)).toEqual([
      'competitor.created',
      'competitor.edited',
      'competitor.deleted',
    ]);
    await repos.competitors.restoreCompetitor(skyfare.id);
    await repos.competitors.restoreCapability(capability.id);
    expect((await repos.competitors.listCompetitors(product.id)).map((c) => c.name)).toEqual([
      'SkyFare Global',
      'TripNow',
    ]);
    expect((await repos.competitors.listCapabilities(product.id)).map((c) => c.name)).toEqual(['Fare alerts']);
  });
});
