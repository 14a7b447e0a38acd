// A card's gate: progress through its stage's exit checklist ("2/3", named in full for screen
// readers) and a flag when it moved past an earlier gate with items still missing (warn).
import { useMemo } from 'react';
import '../../../i18n/gateMessages';
import { gateProgress, skippedGates } from '../../../domain/gates/evaluate';
import type { Requirement } from '../../../domain/types';
import { gateItemName } from '../../../ui/gateItemName';
import { useT } from '../../../ui/useT';
import { useExtrasData } from './store';

export function GateBadge({ requirement }: { requirement: Requirement }) {
  const t = useT();
  const stages = useExtrasData((s) => s.stageGates);
  const cardScore = useExtrasData((s) => s.cardScore);
  const facts = useMemo(() => {
    const stage = stages.find((s) => s.id === requirement.stageId);
    if (!stage) return null;
    const progress = gateProgress(stage.gate, requirement, cardScore);
    return { progress, skipped: skippedGates(stages, stage, requirement, cardScore) };
  }, [stages, requirement, cardScore]);
  if (!facts) return null;
  const { progress, skipped } = facts;
  const label = t('gate.card.progress', { done: progress.done, total: progress.total });
  const skippedLabel = t('gate.card.skipped', { items: skipped.map((item) => gateItemName(item, t)).join(', ') });
  return (
    <>
      {progress.total > 0 && (
        <span className="card__gate" role="img" aria-label={label} title={label} data-testid="gate-progress">
          <span aria-hidden="true">
            ☐ {progress.done}/{progress.total}
          </span>
        </span>
      )}
      {skipped.length > 0 && (
        <span
          className="card__gate card__gate--skipped"
          role="img"
          aria-label={skippedLabel}
          title={skippedLabel}
          data-testid="gate-skipped"
        >
          <span aria-hidden="true">⚑ {skipped.length}</span>
        </span>
      )}
    </>
  );
}
