import { describe, expect, it } from 'vitest';
import { defaultProductSettings, type Product } from '../domain/types';
import { openTestRepositories } from './testing/testDb';

async function setup() {
  const repos = openTestRepositories();
  const product = await repos.products.createProduct('P');
  const events = () => repos.db.events.where('productId').equals(product.id).toArray();
  return { repos, product, events };
}

describe('updateProductSettings', () => {
  it('changes the card score and logs it in the same write', async () => {
    const { repos, product, events } = await setup();
    expect(product.settings.cardScore).toBe('rice');
    const next = await repos.productSettings.updateProductSettings(product.id, { cardScore: 'wsjf' });
    const stored = await repos.products.getProduct(product.id);
    expect(stored?.settings).toEqual({ ...defaultProductSettings(), cardScore: 'wsjf' });
    expect(stored?.version).toBe(product.version + 1);
    expect(next).toEqual(stored);
    const changed = (await events()).filter((e) => e.type === 'product.settingsChanged');
    expect(changed).toHaveLength(1);
    expect(changed[0]?.data).toEqual({ from: { cardScore: 'rice' }, to: { cardScore: 'wsjf' } });
  });

  it('writes nothing when nothing changes', async () => {
    const { repos, product, events } = await setup();
    await repos.productSettings.updateProductSettings(product.id, { cardScore: 'rice' });
    expect((await repos.products.getProduct(product.id))?.version).toBe(product.version);
    expect((await events()).some((e) => e.type === 'product.settingsChanged')).toBe(false);
  });

  it('refuses an unknown score and changes nothing', async () => {
    const { repos, product, events } = await setup();
    const bad = { cardScore: 'stars' } as unknown as Partial<Product['settings']>;
    await expect(repos.productSettings.updateProductSettings(product.id, bad)).rejects.toMatchObject({
      code: 'invalidInput',
    });
    expect((await repos.products.getProduct(product.id))?.settings.cardScore).toBe('rice');
    expect((await events()).some((e) => e.type === 'product.settingsChanged')).toBe(false);
  });

  it('refuses a product that does not exist', async () => {
    const { repos } = await setup();
    await expect(repos.productSettings.updateProductSettings('nope', { cardScore: 'ice' })).rejects.toMatchObject({
      code: 'notFound',
    });
  });

  it('keeps chosen flow stages and the age-marker switch, with their event', async () => {
    const { repos, product, events } = await setup();
    const stages = await repos.stages.listStages(product.id);
    const design = stages.find((s) => s.key === 'design')!.id;
    await repos.productSettings.updateProductSettings(product.id, { flowStartStageId: design, ageMarkers: false });
    const stored = await repos.products.getProduct(product.id);
    expect(stored?.settings).toMatchObject({ flowStartStageId: design, flowDoneStageId: null, ageMarkers: false });
    const changed = (await events()).filter((e) => e.type === 'product.settingsChanged');
    expect(changed.at(-1)?.data).toEqual({
      from: { flowStartStageId: null, ageMarkers: true },
      to: { flowStartStageId: design, ageMarkers: false },
    });
  });

  it('refuses a start stage after the done stage, or a stage of another product, and changes nothing', async () => {
    const { repos, product, events } = await setup();
    const other = await repos.products.createProduct('Q');
    const stages = await repos.stages.listStages(product.id);
    const review = stages.find((s) => s.key === 'review')!.id;
    const elsewhere = (await repos.stages.listStages(other.id))[0]!.id;
    await expect(
      repos.productSettings.updateProductSettings(product.id, { flowStartStageId: review }),
    ).rejects.toMatchObject({ code: 'invalidInput', message: expect.stringContaining('comes after the done stage') });
    await expect(
      repos.productSettings.updateProductSettings(product.id, { flowDoneStageId: elsewhere }),
    ).rejects.toMatchObject({
      code: 'invalidInput',
      message: expect.stringContaining('is not a stage of this product'),
    });
    expect((await repos.products.getProduct(product.id))?.settings).toEqual(product.settings);
    expect((await events()).some((e) => e.type === 'product.settingsChanged')).toBe(false);
  });
});
