import { useT } from '../../../ui/useT';
import { useExtrasData } from './store';

/** A speech bubble and the count on a card with linked feedback; nothing otherwise. */
export function FeedbackBadge({ requirementId }: { requirementId: string }) {
  const t = useT();
  const count = useExtrasData((s) => s.feedbackCounts.get(requirementId) ?? 0);
  if (count === 0) return null;
  const label = count === 1 ? t('card.feedback.one') : t('card.feedback.other', { count });
  return (
    <span className="card__feedback" role="img" aria-label={label} title={label} data-testid="feedback-count">
      {/* An inline icon: an emoji would need a colour font the app does not ship. */}
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
        <path
          d="M2 2.5h12v8.5H7l-3.5 3v-3H2z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      </svg>
      <span aria-hidden="true">{count}</span>
    </span>
  );
}
