// The undo entry of the score the cards show (a product setting).
import { productSettingsRepository } from '../../db/productSettingsAccess';
import type { CardScore } from '../../domain/scoring/types';
import type { Product } from '../../domain/types';
import { type HistoryEntry } from '../../state/history';
import { guardedEntry } from '../../state/guardedEntry';
import { trackSave } from '../../state/saveStatus';

export function cardScoreEntry(before: Product, after: Product): HistoryEntry {
  return guardedEntry<CardScore>({
    describe: (t) => t('priority.history.cardScore', { product: after.name }),
    id: after.id,
    version: after.version,
    before: before.settings.cardScore,
    after: after.settings.cardScore,
    write: async (cardScore, ifVersion) =>
      (await trackSave(productSettingsRepository.updateProductSettings(after.id, { cardScore }, { ifVersion })))
        .version,
  });
}
