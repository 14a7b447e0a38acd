import { useCallback, useEffect, useRef, useState } from 'react';
import { repositories } from '../../db';
import type { Requirement, RequirementPatch } from '../../domain/types';
import { markSaved, markSaving } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { useT } from '../../ui/useT';

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

  const flush = useCallback(() => {
    if (timer.current === null || id === undefined) return;
    clearTimeout(timer.current);
    timer.current = null;
    const patch = unsaved.current;
    repositories.requirements.updateRequirement(id, patch).then(
      () => {
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

  const draft = row ? { ...row, ...unsaved.current } : undefined;
  return { draft, change, flush };
}
