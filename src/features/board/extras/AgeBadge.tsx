// A card's age marker: an icon and "Aging · 23 d", named in full for screen readers, on a
// requirement in progress for longer than its stage's P85 (domain/analytics/aging.ts).
import type { Requirement } from '../../../domain/types';
import { stageDisplayName } from '../../../ui/stageName';
import { useT } from '../../../ui/useT';
import { useExtrasData } from './store';

export function AgeBadge({ requirement }: { requirement: Requirement }) {
  const t = useT();
  const age = useExtrasData((s) =>
    s.aging?.inProgressStageIds.includes(requirement.stageId) ? s.aging.ages.get(requirement.id) : undefined,
  );
  const bar = useExtrasData((s) => s.aging?.bars.get(requirement.stageId));
  const stage = useExtrasData((s) => s.stageGates.find((g) => g.id === requirement.stageId));
  if (age === undefined || bar === undefined) return null;
  const label = t(bar.basis === 'stage' ? 'card.agingLabel' : 'card.agingLabelOverall', {
    days: age,
    p85: bar.days,
    stage: stage ? stageDisplayName(stage, t) : '',
  });
  return (
    <span className="card__aging" role="img" aria-label={label} title={label} data-testid="age-marker">
      <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M8 4.5V8l2.5 2" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      <span aria-hidden="true">{t('card.aging', { days: age })}</span>
    </span>
  );
}
