import { useLiveQuery } from 'dexie-react-hooks';
import { repositories } from '../../db';
import type { CardScore } from '../../domain/scoring/types';

/** The product's card score, read only while `needed` (the scored/unscored filter): the board's start needs none. */
export function useCardScore(productId: string, needed: boolean): CardScore {
  const product = useLiveQuery(() => (needed ? repositories.products.getProduct(productId) : undefined), [productId, needed]);
  return product?.settings.cardScore ?? 'rice';
}
