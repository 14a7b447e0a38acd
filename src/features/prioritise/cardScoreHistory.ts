// The undo entry of the score the cards show (a product setting).
import type { Product } from '../../domain/types';
import { type HistoryEntry } from '../../state/history';
import { settingEntry } from '../sharedHistory';

export function cardScoreEntry(before: Product, after: Product): HistoryEntry {
  return settingEntry('cardScore', before, after, (t, product) => t('priority.history.cardScore', { product }));
}
