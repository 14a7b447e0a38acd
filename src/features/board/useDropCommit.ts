import { useCallback } from 'react';
import { repositories } from '../../db';
import { CairnWriteError } from '../../domain/errors';
import { checkWipForEntry, rankForDrop } from '../../domain/moves';
import type { Requirement } from '../../domain/types';
import { addPendingMove, clearPendingMove } from '../../state/boardUi';
import { recordChange } from '../../state/history';
import { loadBoardHistory } from './loadBoardHistory';
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
 * blocking WIP limit refuses it. `before` and `after` are the columns as
 * shown (filtered), so the rank lands between the neighbours the PM saw.
 */
export function useDropCommit(data: BoardData | undefined) {
  const t = useT();
  return useCallback(
    (requirementId: string, before: ColumnIds, after: ColumnIds) => {
      const requirement = data?.byId.get(requirementId);
      const target = dropTarget(after, requirementId);
      if (!data || !requirement || !target) return;
      const sameStage = requirement.stageId === target.stageId;
      if (sameStage && (before[target.stageId] ?? []).indexOf(requirementId) === target.index) return;
      const stage = data.stages.find((s) => s.id === target.stageId);
      if (!stage) return;
      const wipMessage = (limit: number) => t('board.move.wipBlocked', { stage: stageDisplayName(stage, t), limit });
      const stageCount = (data.counts[target.stageId] ?? 0) - (sameStage ? 1 : 0);
      const verdict = checkWipForEntry(stage, stageCount, sameStage);
      if (verdict.kind === 'block') {
        showToast({ tone: 'error', message: wipMessage(verdict.limit) });
        return;
      }
      const neighbours = (after[target.stageId] ?? [])
        .map((id) => data.byId.get(id))
        .filter((r): r is Requirement => r !== undefined);
      const rank = rankForDrop(neighbours, requirementId, target.index);
      // Marks for `npm run bench`: drop handled → transaction committed.
      performance.mark('cairn:drop');
      addPendingMove(requirementId, { stageId: target.stageId, rank });
      const committed = repositories.requirements
        .moveRequirement(requirementId, target.stageId, rank)
        .then(async (moved) => {
          performance.mark('cairn:move-committed');
          // Recorded before "saved" shows, so an undo right after always finds it.
          const { moveEntry } = await loadBoardHistory();
          recordChange(moveEntry(moved, stage, { stageId: requirement.stageId, rank: requirement.rank }));
        });
      trackSave(committed).then(
        () => undefined,
        (error: unknown) => {
          clearPendingMove(requirementId);
          const message =
            error instanceof CairnWriteError && error.code === 'wipBlocked'
              ? wipMessage(stage.wipLimit ?? 0)
              : t('board.move.failed', { message: describeError(error, t) });
          showToast({ tone: 'error', message });
        },
      );
    },
    [data, t],
  );
}
