// The product's flow settings (cycle-time stages, age markers): each change is one
// write through the product settings repository and one undo entry.
import '../../i18n/analyticsMessages';
import { repositories } from '../../db';
import { productSettingsRepository } from '../../db/productSettingsAccess';
import type { Product } from '../../domain/types';
import { translate } from '../../i18n/translate';
import { recordChange, type HistoryEntry } from '../../state/history';
import { usePreferences } from '../../state/preferences';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { settingEntry } from '../sharedHistory';

export type FlowSettings = Pick<Product['settings'], 'flowStartStageId' | 'flowDoneStageId' | 'ageMarkers'>;

/** The undo entry of a change to `key`: the product just before it and right after. */
export function flowSettingEntry(key: keyof FlowSettings, before: Product, after: Product): HistoryEntry {
  return settingEntry(key, before, after, (t, product) =>
    t(key === 'ageMarkers' ? 'analytics.history.ageMarkers' : 'analytics.history.flowStages', { product }),
  );
}

/** Writes one flow setting and records its undo entry; resolves to the product as written. */
export async function saveFlowSetting<K extends keyof FlowSettings>(
  product: Product,
  key: K,
  value: FlowSettings[K],
): Promise<Product> {
  const patch: Partial<FlowSettings> = { [key]: value };
  const after = await trackSave(productSettingsRepository.updateProductSettings(product.id, patch));
  if (after.version !== product.version) recordChange(flowSettingEntry(key, product, after));
  return after;
}

/** The palette's switch: turns the open product's age markers on or off, and says which. */
export async function toggleAgeMarkers(): Promise<void> {
  const productId = usePreferences.getState().currentProductId;
  const product = productId === null ? undefined : await repositories.products.getProduct(productId);
  if (!product) return;
  const after = await saveFlowSetting(product, 'ageMarkers', !product.settings.ageMarkers);
  const message = after.settings.ageMarkers ? 'analytics.ageMarkers.shown' : 'analytics.ageMarkers.hidden';
  showToast({ tone: 'info', message: translate(usePreferences.getState().locale, message, { product: after.name }) });
}
