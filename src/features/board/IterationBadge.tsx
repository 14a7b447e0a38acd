import { setActiveIterationOnly, useIterationBoard } from '../../state/iterationBoard';
import { useT } from '../../ui/useT';

/** A card's iteration, once the board has loaded the names (see useBoardIterations). */
export function IterationBadge({ iterationId }: { iterationId: string }) {
  const t = useT();
  const name = useIterationBoard((s) => s.names?.[iterationId]);
  if (!name) return null;
  return (
    <span className="card__iteration" title={t('iterations.card.badge', { name })}>
      {name}
    </span>
  );
}

/** The toolbar's "active iteration only" switch; shown once the product has an active iteration. */
export function ActiveIterationToggle() {
  const t = useT();
  const hasActive = useIterationBoard((s) => s.activeIds.length > 0);
  const activeOnly = useIterationBoard((s) => s.activeOnly);
  if (!hasActive && !activeOnly) return null;
  return (
    <button type="button" className="button" aria-pressed={activeOnly} onClick={() => setActiveIterationOnly(!activeOnly)}>
      {t('iterations.board.activeOnly')}
    </button>
  );
}
