// Feedback per requirement for the cards' badges: one live query of the
// product's feedback for the whole board, shared through context so a card
// that gains feedback re-renders its badge only.
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, type ReactNode } from 'react';
import { feedbackCountsOf } from '../../db/feedbackCountsAccess';
import { useT } from '../../ui/useT';

const FeedbackCounts = createContext<ReadonlyMap<string, number>>(new Map());

export function FeedbackCountsProvider({ productId, children }: { productId: string; children?: ReactNode }) {
  const counts = useLiveQuery(() => feedbackCountsOf(productId), [productId]);
  return <FeedbackCounts value={counts ?? new Map()}>{children}</FeedbackCounts>;
}

/** "💬 3" on a card with linked feedback; nothing otherwise. */
export function FeedbackBadge({ requirementId }: { requirementId: string }) {
  const t = useT();
  const count = useContext(FeedbackCounts).get(requirementId) ?? 0;
  if (count === 0) return null;
  const label = count === 1 ? t('card.feedback.one') : t('card.feedback.other', { count });
  return (
    <span className="card__feedback" role="img" aria-label={label} title={label} data-testid="feedback-count">
      <span aria-hidden="true">💬 {count}</span>
    </span>
  );
}
