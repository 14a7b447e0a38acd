import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { feedbackCountsOf } from '../../../db/feedbackCountsAccess';
import type { CardScore } from '../../../domain/scoring/types';
import { repositories } from '../../../db';
import { useExtrasData, type GateOfStage } from './store';
import { useTagColors } from './useTagColors';

const NO_COUNTS: ReadonlyMap<string, number> = new Map();
const NO_GATES: readonly GateOfStage[] = [];

/** Keeps the extras' data in step with the database while the board is open; renders nothing. */
export function BoardExtras({ productId, cardScore }: { productId: string; cardScore: CardScore }) {
  const tagColors = useTagColors(productId);
  const feedbackCounts = useLiveQuery(() => feedbackCountsOf(productId), [productId]) ?? NO_COUNTS;
  const stageGates =
    useLiveQuery(
      async () => (await repositories.stages.listStages(productId)).map(({ id, rank, gate }) => ({ id, rank, gate })),
      [productId],
    ) ?? NO_GATES;
  useEffect(
    () => useExtrasData.setState({ cardScore, tagColors, feedbackCounts, stageGates }),
    [cardScore, tagColors, feedbackCounts, stageGates],
  );
  return null;
}
