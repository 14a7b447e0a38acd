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

/** A speech bubble and the count on a card with linked feedback; nothing otherwise. */
export function FeedbackBadge({ requirementId }: { requirementId: string }) {
  const t = useT();
  const count = useContext(FeedbackCounts).get(requirementId) ?? 0;
  if (count === 0) return null;
  const label = count === 1 ? t('card.feedback.one') : t('card.feedback.other', { count });
  return (
    <span className="card__feedback" role="img" aria-label={label} title={label} data-testid="feedback-count">
      {/* An inline icon: an emoji would need a colour font the app does not ship. */}
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
        <path d="M2 2.5h12v8.5H7l-3.5 3v-3H2z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
      <span aria-hidden="true">{count}</span>
    </span>
  );
}
