// The product's flow settings (cycle-time stages, age markers): each change is one
// write through the product settings repository and one undo entry.
import '../../i18n/analyticsMessages';
import { repositories } from '../../db';
import { productSettingsRepository } from '../../db/productSettingsAccess';
import type { Product } from '../../domain/types';
import { translate } from '../../i18n/translate';
import { guardedEntry } from '../../state/guardedEntry';
import { recordChange, type HistoryEntry } from '../../state/history';
import { usePreferences } from '../../state/preferences';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';

export type FlowSettings = Pick<Product['settings'], 'flowStartStageId' | 'flowDoneStageId' | 'ageMarkers'>;

function pick(settings: Product['settings'], keys: readonly (keyof FlowSettings)[]): Partial<FlowSettings> {
  return Object.fromEntries(keys.map((key) => [key, settings[key]]));
}

/** The undo entry of a change to the settings `keys`: the product just before it and right after. */
export function flowSettingsEntry(
  before: Product,
  after: Product,
  keys: readonly (keyof FlowSettings)[],
): HistoryEntry {
  const describe = keys.includes('ageMarkers') ? 'analytics.history.ageMarkers' : 'analytics.history.flowStages';
  return guardedEntry<Partial<FlowSettings>>({
    describe: (t) => t(describe, { product: after.name }),
    id: after.id,
    version: after.version,
    before: pick(before.settings, keys),
    after: pick(after.settings, keys),
    write: async (values, ifVersion) =>
      (await trackSave(productSettingsRepository.updateProductSettings(after.id, values, { ifVersion }))).version,
  });
}

/** Writes `patch` and records one undo entry for it; resolves to the product as written. */
export async function saveFlowSettings(product: Product, patch: Partial<FlowSettings>): Promise<Product> {
  const after = await trackSave(productSettingsRepository.updateProductSettings(product.id, patch));
  if (after.version !== product.version)
    recordChange(flowSettingsEntry(product, after, Object.keys(patch) as (keyof FlowSettings)[]));
  return after;
}

/** The palette's switch: turns the open product's age markers on or off, and says which. */
export async function toggleAgeMarkers(): Promise<void> {
  const productId = usePreferences.getState().currentProductId;
  const product = productId === null ? undefined : await repositories.products.getProduct(productId);
  if (!product) return;
  const after = await saveFlowSettings(product, { ageMarkers: !product.settings.ageMarkers });
  const message = after.settings.ageMarkers ? 'analytics.ageMarkers.shown' : 'analytics.ageMarkers.hidden';
  showToast({ tone: 'info', message: translate(usePreferences.getState().locale, message, { product: after.name }) });
}
