import { useId, type ReactNode } from 'react';
import type { Analysis } from '../../domain/import/analyse';
import { GENERIC_FIELDS, type ColumnMapping, type GenericField } from '../../domain/import/generic';
import type { ImportMapping, ImportPlan } from '../../domain/import/plan';
import { PRIORITIES, STAGE_KEYS, type Priority, type Stage } from '../../domain/types';
import { stageDisplayName } from '../../ui/stageName';
import { useT } from '../../ui/useT';
import type { TargetChoice } from './types';

interface MappingStepProps {
  plan: ImportPlan;
  analysis: Analysis;
  columnMapping: ColumnMapping;
  onColumns: (mapping: ColumnMapping) => void;
  mapping: ImportMapping;
  onMapping: (mapping: ImportMapping) => void;
  target: TargetChoice;
  onTarget: (target: TargetChoice) => void;
  currentProductName: string | null;
  currentStages: Stage[];
  productName: string;
  onProductName: (name: string) => void;
}

export function MappingStep(props: MappingStepProps) {
  const { plan, analysis, mapping, onMapping, target, currentStages } = props;
  const t = useT();
  const targetId = useId();
  const nameId = useId();
  const stagesHintId = useId();

  const stageOptions =
    target === 'new'
      ? STAGE_KEYS.map((key) => ({ value: `default:${key}`, label: t(`stage.${key}`) }))
      : currentStages.map((s) => ({ value: `stage:${s.id}`, label: stageDisplayName(s, t) }));

  return (
    <div className="import-step">
      <div className="import-step__row">
        <div className="field">
          <label htmlFor={targetId}>{t('import.target')}</label>
          <select id={targetId} value={target} onChange={(event) => props.onTarget(event.target.value as TargetChoice)}>
            <option value="new">{t('import.target.new')}</option>
            {props.currentProductName !== null && (
              <option value="existing">{t('import.target.existing', { name: props.currentProductName })}</option>
            )}
          </select>
        </div>
        {target === 'new' && (
          <div className="field">
            <label htmlFor={nameId}>{t('import.productName')}</label>
            <input
              id={nameId}
              type="text"
              maxLength={200}
              value={props.productName}
              onChange={(event) => props.onProductName(event.target.value)}
            />
          </div>
        )}
      </div>

      {analysis.source === 'csv' && (
        <ColumnMappingTable analysis={analysis} columnMapping={props.columnMapping} onColumns={props.onColumns} />
      )}

      {plan.stages.length > 0 && (
        <fieldset className="import-map" aria-describedby={stagesHintId}>
          <legend>{t('import.stages')}</legend>
          <p id={stagesHintId} className="field__hint">
            {t(plan.source === 'trello' ? 'import.stages.hint.trello' : 'import.stages.hint.other')}
          </p>
          {plan.stages.map((stage) => (
            <MapRow key={stage.key} label={stage.name} ariaLabel={t('import.stageFor', { name: stage.name })}>
              {(id, name) => (
                <select
                  id={id}
                  aria-label={name}
                  value={mapping.stages[stage.key] ?? 'new'}
                  onChange={(event) =>
                    onMapping({ ...mapping, stages: { ...mapping.stages, [stage.key]: event.target.value } })
                  }
                >
                  {stageOptions.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                  <option value="new">{t('import.stage.new', { name: stage.name })}</option>
                </select>
              )}
            </MapRow>
          ))}
        </fieldset>
      )}

      {plan.priorities.length > 0 && (
        <fieldset className="import-map">
          <legend>{t('import.priorities')}</legend>
          {plan.priorities.map((word) => (
            <MapRow key={word} label={word} ariaLabel={t('import.priorityFor', { name: word })}>
              {(id, name) => (
                <select
                  id={id}
                  aria-label={name}
                  value={mapping.priorities[word] ?? 'P2'}
                  onChange={(event) =>
                    onMapping({
                      ...mapping,
                      priorities: { ...mapping.priorities, [word]: event.target.value as Priority },
                    })
                  }
                >
                  {PRIORITIES.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </select>
              )}
            </MapRow>
          ))}
        </fieldset>
      )}
      {plan.stages.length === 0 && plan.priorities.length === 0 && analysis.source !== 'csv' && (
        <p>{t('import.nothingToMap')}</p>
      )}
    </div>
  );
}

function MapRow({
  label,
  ariaLabel,
  children,
}: {
  label: string;
  ariaLabel: string;
  children: (id: string, ariaLabel: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="import-map__row">
      <label htmlFor={id}>{label}</label>
      {children(id, ariaLabel)}
    </div>
  );
}

function ColumnMappingTable({
  analysis,
  columnMapping,
  onColumns,
}: {
  analysis: Analysis;
  columnMapping: ColumnMapping;
  onColumns: (m: ColumnMapping) => void;
}) {
  const t = useT();
  const hintId = useId();
  const captionId = useId();
  return (
    <fieldset className="import-map" aria-describedby={hintId}>
      <legend>{t('import.columns')}</legend>
      <p id={hintId} className="field__hint">
        {t('import.columns.hint')}
      </p>
      <div className="import-table__scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className="import-table">
          <caption id={captionId}>{t('import.firstRows')}</caption>
          <thead>
            <tr>
              {analysis.headers.map((header, i) => (
                <th key={i} scope="col">
                  <span className="import-table__header">{header}</span>
                  <select
                    aria-label={t('import.column', { name: header })}
                    value={columnMapping[i] ?? 'ignore'}
                    onChange={(event) =>
                      onColumns(columnMapping.map((f, j) => (j === i ? (event.target.value as GenericField) : f)))
                    }
                  >
                    {GENERIC_FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {t(`import.field.${field}`)}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {analysis.preview.map((row, r) => (
              <tr key={r}>
                {analysis.headers.map((_, c) => (
                  <td key={c}>{(row[c] ?? '').slice(0, 80)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
