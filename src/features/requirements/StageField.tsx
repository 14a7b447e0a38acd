import { useId } from 'react';
import { CairnWriteError } from '../../domain/errors';
import type { Requirement, Stage } from '../../domain/types';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { stageDisplayName } from '../../ui/stageName';
import { useT } from '../../ui/useT';
import { moveToStage } from './moveToStage';

interface Props {
  /** The row as saved: the move and its undo start from its stage and rank. */
  requirement: Requirement;
  stages: readonly Stage[];
  /** Writes the panel's pending edits first, so they land before the move in the history. */
  flush: () => void;
}

/** The stage, changeable from the panel: the card moves on the board beside it. */
export function StageField({ requirement, stages, flush }: Props) {
  const t = useT();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('detail.stage')}</label>
      <select
        id={id}
        value={requirement.stageId}
        onChange={(event) => {
          const stage = stages.find((s) => s.id === event.target.value);
          if (!stage) return;
          flush();
          moveToStage(requirement, stage).catch((error: unknown) => {
            // The board's own words for a refused drop, so both places say the same.
            const message =
              error instanceof CairnWriteError && error.code === 'wipBlocked'
                ? t('board.move.wipBlocked', { stage: stageDisplayName(stage, t), limit: stage.wipLimit ?? 0 })
                : t('board.move.failed', { message: describeError(error, t) });
            showToast({ tone: 'error', message });
          });
        }}
      >
        {stages.map((stage) => (
          <option key={stage.id} value={stage.id}>
            {stageDisplayName(stage, t)}
          </option>
        ))}
      </select>
    </div>
  );
}
