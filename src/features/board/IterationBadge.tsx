import { useIterationBoard } from '../../state/iterationBoard';
import { useT } from '../../ui/useT';

/** A card's iteration, once the board has loaded the names (see BoardIterations). */
export function IterationBadge({ iterationId }: { iterationId: string }) {
  const t = useT();
  const name = useIterationBoard((s) => s.names?.[iterationId]);
  return name ? (
    <span className="card__iteration" title={t('iterations.card.badge', { name })}>
      {name}
    </span>
  ) : null;
}
