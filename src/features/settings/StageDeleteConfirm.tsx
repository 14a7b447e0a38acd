import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../ui/useT';

export interface StageOption {
  id: string;
  name: string;
}

interface StageDeleteConfirmProps {
  stageName: string;
  count: number;
  /** The stages its requirements can go to, in board order. */
  targets: StageOption[];
  defaultTarget: string;
  onConfirm: (targetId: string) => void;
  onCancel: () => void;
}

/** Asks where a stage's requirements go before it is deleted; shown inside the stage's row. */
export function StageDeleteConfirm({
  stageName,
  count,
  targets,
  defaultTarget,
  onConfirm,
  onCancel,
}: StageDeleteConfirmProps) {
  const t = useT();
  const selectId = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const [target, setTarget] = useState(defaultTarget);
  // The chosen stage may be deleted meanwhile (another tab): fall back to the default.
  const chosen = targets.some((s) => s.id === target) ? target : defaultTarget;

  useEffect(() => {
    selectRef.current?.focus();
  }, []);

  return (
    <div
      className="stage-row__confirm"
      role="group"
      aria-label={t('stages.deleteTitle', { stage: stageName })}
      onKeyDown={(event) => {
        // Escape closes this question, not the whole dialog.
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <p className="stage-row__confirm-text">{t('stages.deleteBody', { stage: stageName, count })}</p>
      <div className="stage-row__confirm-controls">
        <label htmlFor={selectId}>{t('stages.deleteTarget')}</label>
        <select id={selectId} ref={selectRef} value={chosen} onChange={(event) => setTarget(event.target.value)}>
          {targets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <button type="button" className="button button--danger" onClick={() => onConfirm(chosen)}>
          {t('stages.deleteConfirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('stages.cancel')}
        </button>
      </div>
    </div>
  );
}
