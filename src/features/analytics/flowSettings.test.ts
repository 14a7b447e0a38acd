import { describe, expect, it } from 'vitest';
import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import { flowSettingEntry } from './flowSettings';

const settings = async (id: string) => (await repos.products.getProduct(id))!.settings;

describe('flow settings history', () => {
  it('a chosen start stage undoes, redoes, undoes and redoes', async () => {
    const { product, stage } = await appProduct();
    const saved = await repos.productSettings.updateProductSettings(product.id, {
      flowStartStageId: stage('design').id,
    });
    await expectRoundTrips(
      flowSettingEntry('flowStartStageId', product, saved),
      async () => expect((await settings(product.id)).flowStartStageId).toBeNull(),
      async () => expect((await settings(product.id)).flowStartStageId).toBe(stage('design').id),
    );
  });

  it('switching the age markers off stops at a later write by someone else', async () => {
    const { product } = await appProduct();
    const saved = await repos.productSettings.updateProductSettings(product.id, { ageMarkers: false });
    await expectStaleStops(
      flowSettingEntry('ageMarkers', product, saved),
      async () => void (await repos.productSettings.updateProductSettings(product.id, { cardScore: 'ice' })),
      async () => expect((await settings(product.id)).ageMarkers).toBe(false),
    );
  });
});
