import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect } from 'react';
import { feedbackCountsOf } from '../../../db/feedbackCountsAccess';
import type { CardScore } from '../../../domain/scoring/types';
import { repositories } from '../../../db';
import { useExtrasData, type GateOfStage } from './store';
import { useTagColors } from './useTagColors';

// The replay's code (and its worker) loads only while the product shows age markers.
const AgingData = lazy(() => import('./AgingData'));

const NO_COUNTS: ReadonlyMap<string, number> = new Map();
const NO_GATES: readonly GateOfStage[] = [];

/** Keeps the extras' data in step with the database while the board is open; renders nothing visible. */
export function BoardExtras({ productId, cardScore }: { productId: string; cardScore: CardScore }) {
  const tagColors = useTagColors(productId);
  const feedbackCounts = useLiveQuery(() => feedbackCountsOf(productId), [productId]) ?? NO_COUNTS;
  const stageGates =
    useLiveQuery(
      async () =>
        (await repositories.stages.listStages(productId)).map(({ id, rank, gate, key, name }) => ({
          id,
          rank,
          gate,
          key,
          name,
        })),
      [productId],
    ) ?? NO_GATES;
  const ageMarkers = useLiveQuery(
    async () => (await repositories.products.getProduct(productId))?.settings.ageMarkers ?? false,
    [productId],
  );
  useEffect(
    () => useExtrasData.setState({ cardScore, tagColors, feedbackCounts, stageGates }),
    [cardScore, tagColors, feedbackCounts, stageGates],
  );
  return ageMarkers ? (
    <Suspense fallback={null}>
      <AgingData productId={productId} />
    </Suspense>
  ) : null;
}
