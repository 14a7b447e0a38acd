import { useCallback } from 'react';
import { repositories } from '../../db';
import { checkWipForEntry, rankForDrop } from '../../domain/moves';
import { addPendingMove, clearPendingMove } from '../../state/boardUi';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { stageDisplayName } from '../../ui/stageName';
import { useT } from '../../ui/useT';
import { dropTarget, type ColumnIds } from './drag/dragPreview';
import type { BoardData } from './useBoardData';

/**
 * Turns a drop into one write: the card shows at its new place at once
 * (a pending move), and goes back with a message if the write fails or a
 * blocking WIP limit refuses it.
 */
export function useDropCommit(data: BoardData | undefined) {
  const t = useT();
  return useCallback(
    (requirementId: string, columns: ColumnIds) => {
      const requirement = data?.byId.get(requirementId);
      const target = dropTarget(columns, requirementId);
      if (!data || !requirement || !target) return;
      const targetRows = data.columns[target.stageId] ?? [];
      const sameStage = requirement.stageId === target.stageId;
      if (sameStage && targetRows.findIndex((r) => r.id === requirementId) === target.index) return;
      const stage = data.stages.find((s) => s.id === target.stageId);
      if (!stage) return;
      const verdict = checkWipForEntry(stage, targetRows.filter((r) => r.id !== requirementId).length, sameStage);
      if (verdict.kind === 'block') {
        showToast({ tone: 'error', message: t('board.move.wipBlocked', { stage: stageDisplayName(stage, t), limit: verdict.limit }) });
        return;
      }
      const rank = rankForDrop(targetRows, requirementId, target.index);
      addPendingMove(requirementId, { stageId: target.stageId, rank });
      trackSave(repositories.requirements.moveRequirement(requirementId, target.stageId, rank)).catch((error: unknown) => {
        clearPendingMove(requirementId);
        const message =
          error instanceof Error && 'code' in error && error.code === 'wipBlocked'
            ? t('board.move.wipBlocked', { stage: stageDisplayName(stage, t), limit: stage.wipLimit ?? 0 })
            : t('board.move.failed', { message: describeError(error, t) });
        showToast({ tone: 'error', message });
      });
    },
    [data, t],
  );
}
