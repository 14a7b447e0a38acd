import '../../i18n/workspaceMessages';
import { useId } from 'react';
import type { RequirementPatch, SuccessMetric } from '../../domain/types';
import { useT } from '../../ui/useT';
import './workspace.css';

const EMPTY: SuccessMetric = { name: '', unit: '', baseline: null, target: null, actual: null };
type NumberKey = 'baseline' | 'target' | 'actual';

function isEmpty(metric: SuccessMetric): boolean {
  return (
    !metric.name.trim() &&
    !metric.unit.trim() &&
    metric.baseline === null &&
    metric.target === null &&
    metric.actual === null
  );
}

/** What success looks like, measured: name, baseline → target in a unit, and the actual after launch. */
export function SuccessMetricField({
  metric,
  change,
}: {
  metric: SuccessMetric | null;
  change: (patch: RequirementPatch, now?: boolean) => void;
}) {
  const t = useT();
  const id = useId();
  const current = metric ?? EMPTY;
  const update = (patch: Partial<SuccessMetric>) => {
    const next = { ...current, ...patch };
    // A metric with nothing in it is no metric: stored as null, as a new requirement has.
    change({ successMetric: isEmpty(next) ? null : next });
  };
  const numberField = (key: NumberKey, label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="number"
        step="any"
        inputMode="decimal"
        value={current[key] ?? ''}
        onChange={(e) => {
          if (e.target.value === '') update({ [key]: null });
          else if (Number.isFinite(e.target.valueAsNumber)) update({ [key]: e.target.valueAsNumber });
        }}
      />
    </div>
  );
  return (
    <fieldset className="detail__group">
      <legend>{t('workspace.metric.legend')}</legend>
      <div className="detail__grid">
        <div className="field detail__wide">
          <label htmlFor={`${id}-name`}>{t('workspace.metric.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={200}
            placeholder={t('workspace.metric.namePlaceholder')}
            value={current.name}
            onChange={(e) => update({ name: e.target.value })}
          />
        </div>
        {numberField('baseline', t('workspace.metric.baseline'))}
        {numberField('target', t('workspace.metric.target'))}
        <div className="field">
          <label htmlFor={`${id}-unit`}>{t('workspace.metric.unit')}</label>
          <input
            id={`${id}-unit`}
            type="text"
            maxLength={50}
            value={current.unit}
            onChange={(e) => update({ unit: e.target.value })}
          />
        </div>
        {numberField('actual', t('workspace.metric.actual'))}
      </div>
    </fieldset>
  );
}
