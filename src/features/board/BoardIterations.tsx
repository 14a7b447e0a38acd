// Loaded lazily once any card is in an iteration: reads the product's
// iterations for the card badges, and is the toolbar's "active iteration only"
// switch. A board without iterations never downloads it.
import '../../i18n/iterationsMessages';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { iterationRepository } from '../../db/iterationsAccess';
import { setActiveIterationOnly, setBoardIterations, useIterationBoard } from '../../state/iterationBoard';
import { useT } from '../../ui/useT';

export function BoardIterations({ productId }: { productId: string }) {
  const t = useT();
  const iterations = useLiveQuery(() => iterationRepository.listIterations(productId), [productId]);
  useEffect(() => {
    if (iterations) setBoardIterations(iterations);
  }, [iterations]);
  const hasActive = useIterationBoard((s) => s.activeIds.length > 0);
  const activeOnly = useIterationBoard((s) => s.activeOnly);
  if (!hasActive && !activeOnly) return null;
  return (
    <button
      type="button"
      className="button"
      aria-pressed={activeOnly}
      onClick={() => setActiveIterationOnly(!activeOnly)}
    >
      {t('iterations.board.activeOnly')}
    </button>
  );
}
