import { requirementEdits } from '../../db/requirementEditsAccess';
import { useCallback } from 'react';
import type { RiceImpact } from '../../domain/scoring/matrix';
import type { Requirement } from '../../domain/types';
import { recordChange } from '../../state/history';
import { trackSave } from '../../state/saveStatus';
import { useTrackedSave } from '../../ui/useTrackedSave';

export interface MatrixTarget {
  impact: RiceImpact;
  effort: number;
}

/**
 * Writes a requirement's new RICE impact and effort: one transaction, guarded
 * by the version the caller last saw, and one undo step. Resolves to the new
 * version, or undefined when nothing was written.
 */
export function useMatrixMove() {
  const save = useTrackedSave();
  return useCallback(
    async (requirement: Requirement, version: number, target: MatrixTarget): Promise<number | undefined> => {
      const scores = { ...requirement.scores, rice: { ...requirement.scores.rice, impact: target.impact, effort: target.effort } };
      const edit = await save(requirementEdits.editRequirement(requirement.id, { scores }, { ifVersion: version }));
      if (!edit) return undefined;
      const { before, after } = edit;
      recordChange({
        describe: (t) => t('priority.history.move', { title: after.title }),
        undo: () => trackSave(requirementEdits.editRequirement(after.id, { scores: before.scores }, { ifVersion: after.version })),
        redo: () => trackSave(requirementEdits.editRequirement(after.id, { scores: after.scores }, { ifVersion: after.version + 1 })),
      });
      return after.version;
    },
    [save],
  );
}
