import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { feedbackCountsOf } from '../../../db/feedbackCountsAccess';
import type { CardScore } from '../../../domain/scoring/types';
import { useExtrasData } from './store';
import { useTagColors } from './useTagColors';

const NO_COUNTS: ReadonlyMap<string, number> = new Map();

/** Keeps the extras' data in step with the database while the board is open; renders nothing. */
export function BoardExtras({ productId, cardScore }: { productId: string; cardScore: CardScore }) {
  const tagColors = useTagColors(productId);
  const feedbackCounts = useLiveQuery(() => feedbackCountsOf(productId), [productId]) ?? NO_COUNTS;
  useEffect(
    () => useExtrasData.setState({ cardScore, tagColors, feedbackCounts }),
    [cardScore, tagColors, feedbackCounts],
  );
  return null;
}
