import { requirementEdits } from '../../db/requirementEditsAccess';
import { useCallback } from 'react';
import type { RiceImpact } from '../../domain/scoring/matrix';
import type { Requirement } from '../../domain/types';
import { recordChange, type HistoryEntry } from '../../state/history';
import { guardedEntry } from '../../state/guardedEntry';
import { trackSave } from '../../state/saveStatus';
import { useTrackedSave } from '../../ui/useTrackedSave';

export interface MatrixTarget {
  impact: RiceImpact;
  effort: number;
}

type Scores = Requirement['scores'];

/** A dot moved from `before` to `after` (as saved). Module-level: the entry holds only the two rows' scores. */
export function matrixMoveEntry(before: Requirement, after: Requirement): HistoryEntry {
  const { id, title } = after;
  return guardedEntry<Scores>({
    describe: (t) => t('priority.history.move', { title }),
    id,
    version: after.version,
    before: before.scores,
    after: after.scores,
    write: async (scores, ifVersion) =>
      (await trackSave(requirementEdits.editRequirement(id, { scores }, { ifVersion })))?.after.version ?? null,
  });
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
      const scores = {
        ...requirement.scores,
        rice: { ...requirement.scores.rice, impact: target.impact, effort: target.effort },
      };
      const edit = await save(requirementEdits.editRequirement(requirement.id, { scores }, { ifVersion: version }));
      if (!edit) return undefined;
      recordChange(matrixMoveEntry(edit.before, edit.after));
      return edit.after.version;
    },
    [save],
  );
}
