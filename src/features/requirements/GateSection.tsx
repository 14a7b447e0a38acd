// The gate of the requirement's current stage in the panel: each item met or not, manual items
// ticked here (a gateTicks edit, undoable like any field), and what earlier gates it skipped.
import '../../i18n/gateMessages';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { repositories } from '../../db';
import { gateProgress, itemMet, skippedGates } from '../../domain/gates/evaluate';
import type { Requirement, Stage } from '../../domain/types';
import { gateItemName } from '../../ui/gateItemName';
import { stageDisplayName } from '../../ui/stageName';
import { useT } from '../../ui/useT';

interface GateSectionProps {
  requirement: Requirement;
  stages: readonly Stage[];
  onTicks: (gateTicks: string[]) => void;
}

export function GateSection({ requirement, stages, onTicks }: GateSectionProps) {
  const t = useT();
  const product = useLiveQuery(() => repositories.products.getProduct(requirement.productId), [requirement.productId]);
  const cardScore = product?.settings.cardScore ?? 'none';
  const stage = stages.find((s) => s.id === requirement.stageId);
  const skipped = useMemo(
    () => (stage ? skippedGates(stages, stage, requirement, cardScore) : []),
    [stages, stage, requirement, cardScore],
  );
  if (!stage || (stage.gate.mode === 'off' && skipped.length === 0)) return null;
  const progress = gateProgress(stage.gate, requirement, cardScore);
  const toggle = (itemId: string, ticked: boolean) =>
    onTicks(ticked ? [...requirement.gateTicks, itemId] : requirement.gateTicks.filter((tick) => tick !== itemId));

  return (
    <fieldset className="detail__group detail__gate">
      <legend>
        {t('gate.detail.title', { stage: stageDisplayName(stage, t) })}
        {progress.total > 0 && ` · ${progress.done}/${progress.total}`}
      </legend>
      {stage.gate.mode !== 'off' && (
        <>
          <p className="field__hint">{t(`gate.detail.mode.${stage.gate.mode}`)}</p>
          <ul className="detail__gate-items">
            {stage.gate.items.map((item) => {
              const name = gateItemName(item, t);
              const met = itemMet(item, requirement, cardScore);
              return (
                <li key={item.id}>
                  {item.rule === null ? (
                    <label>
                      <input
                        type="checkbox"
                        checked={met}
                        onChange={(event) => toggle(item.id, event.target.checked)}
                      />{' '}
                      {name}
                    </label>
                  ) : (
                    <span>
                      <span aria-hidden="true">{met ? '✓' : '○'}</span> {name}{' '}
                      <span className="field__hint">({t(met ? 'gate.detail.met' : 'gate.detail.unmet')})</span>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {skipped.length > 0 && (
        <p className="detail__gate-skipped">
          <span aria-hidden="true">⚑ </span>
          {t('gate.detail.skipped', { items: skipped.map((item) => gateItemName(item, t)).join(', ') })}
        </p>
      )}
    </fieldset>
  );
}
