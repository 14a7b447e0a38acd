import { requirementEdits } from '../../db/requirementEditsAccess';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Requirement, RequirementPatch } from '../../domain/types';
import { markSaved, markSaving } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { useT } from '../../ui/useT';
import { rememberEdit, type LastEdit } from './requirementHistory';

const DEBOUNCE_MS = 400;
/**
 * Edits of one requirement, saved as you type. The panel shows `draft`:
 * the live row with this panel's unsaved changes on top, so a change from
 * another tab shows up in every field this panel is not editing.
 */
export function useRequirementDraft(row: Requirement | undefined) {
  const t = useT();
  const unsaved = useRef<RequirementPatch>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [, rerender] = useState(0);
  const id = row?.id;
  const lastEdit = useRef<LastEdit | null>(null);
  // The row as this panel last wrote it. The live query delivers it a moment after the write
  // resolves; until then a field built from `draft` (the scores object) must not start from the older row.
  const written = useRef<Requirement | null>(null);

  const flush = useCallback(() => {
    if (timer.current === null || id === undefined) return;
    clearTimeout(timer.current);
    timer.current = null;
    const patch = unsaved.current;
    requirementEdits.editRequirement(id, patch).then(
      (edit) => {
        if (edit) {
          lastEdit.current = rememberEdit(lastEdit.current, edit, Date.now());
          written.current = edit.after;
        }
        // Keep only edits typed while this write was in flight.
        for (const key of Object.keys(patch) as (keyof RequirementPatch)[]) {
          if (unsaved.current[key] === patch[key]) delete unsaved.current[key];
        }
        markSaved(true);
        rerender((n) => n + 1);
      },
      (error: unknown) => {
        unsaved.current = {};
        markSaved(false);
        rerender((n) => n + 1);
        showToast({ tone: 'error', message: t('detail.saveFailed', { message: describeError(error, t) }) });
      },
    );
  }, [id, t]);

  /** Queue a change; `now` writes at once (selects, checkboxes), otherwise after a pause in typing. */
  const change = useCallback(
    (patch: RequirementPatch, now = false) => {
      unsaved.current = { ...unsaved.current, ...patch };
      // One "saving" per pending write: it ends when flush's write settles.
      if (timer.current === null) markSaving();
      else clearTimeout(timer.current);
      timer.current = setTimeout(flush, now ? 0 : DEBOUNCE_MS);
      rerender((n) => n + 1);
    },
    [flush],
  );

  // Closing the panel or switching requirement writes what was typed.
  useEffect(() => flush, [flush]);

  const base = row && written.current?.id === row.id && written.current.version > row.version ? written.current : row;
  const draft = base ? { ...base, ...unsaved.current } : undefined;
  return { draft, change, flush };
}
