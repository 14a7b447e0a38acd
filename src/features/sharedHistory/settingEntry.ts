// The undo entry for one of a product's settings, shared by every feature that edits one.
import { productSettingsRepository } from '../../db/productSettingsAccess';
import type { Product } from '../../domain/types';
import type { Translate } from '../../i18n/translate';
import { guardedEntry } from '../../state/guardedEntry';
import type { HistoryEntry } from '../../state/history';
import { trackSave } from '../../state/saveStatus';

type Settings = Product['settings'];

/** `before` and `after` are the product row around the write that changed `key`. */
export function settingEntry<K extends keyof Settings>(
  key: K,
  before: Product,
  after: Product,
  describe: (t: Translate, product: string) => string,
): HistoryEntry {
  return guardedEntry<Settings[K]>({
    describe: (t) => describe(t, after.name),
    id: after.id,
    version: after.version,
    before: before.settings[key],
    after: after.settings[key],
    write: async (value, ifVersion) =>
      (
        await trackSave(
          // A computed key widens to a string index in TypeScript; `key` and `value` agree by K.
          productSettingsRepository.updateProductSettings(after.id, { [key]: value } as Partial<Settings>, {
            ifVersion,
          }),
        )
      ).version,
  });
}
