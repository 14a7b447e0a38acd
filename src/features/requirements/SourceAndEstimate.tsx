import '../../i18n/workspaceMessages';
import { useId } from 'react';
import { REQUIREMENT_SOURCES, type RequirementPatch, type RequirementSource } from '../../domain/types';
import { useT } from '../../ui/useT';
import './workspace.css';

interface Props {
  source: RequirementSource | null;
  estimate: number | null;
  change: (patch: RequirementPatch, now?: boolean) => void;
}

/** Where the requirement came from, and its size in story points. */
export function SourceAndEstimate({ source, estimate, change }: Props) {
  const t = useT();
  const id = useId();
  return (
    <div className="detail__grid">
      <div className="field">
        <label htmlFor={`${id}-source`}>{t('workspace.source')}</label>
        <select
          id={`${id}-source`}
          value={source ?? ''}
          onChange={(e) =>
            change({ source: e.target.value === '' ? null : (e.target.value as RequirementSource) }, true)
          }
        >
          <option value="">{t('workspace.source.none')}</option>
          {REQUIREMENT_SOURCES.map((value) => (
            <option key={value} value={value}>
              {t(`workspace.source.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-estimate`}>{t('workspace.estimate')}</label>
        <input
          id={`${id}-estimate`}
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          value={estimate ?? ''}
          onChange={(e) => {
            if (e.target.value === '') change({ estimate: null });
            else if (Number.isFinite(e.target.valueAsNumber) && e.target.valueAsNumber >= 0)
              change({ estimate: e.target.valueAsNumber });
          }}
        />
      </div>
    </div>
  );
}
