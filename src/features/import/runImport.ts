import type { ImportMapping, ImportPlan } from '../../domain/import/plan';
import { importRepository, type ImportTarget } from '../../db/importAccess';
import type { Translate } from '../../i18n/translate';
import { translateCount } from '../../i18n/translateCount';
import { recordChange, undo, type HistoryEntry } from '../../state/history';
import { setCurrentProduct, usePreferences } from '../../state/preferences';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';

interface Written {
  productId: string;
  batchId: string;
  productCreated: boolean;
}

/**
 * The import as one undoable change. Undo removes exactly what it wrote (and
 * goes back to the product that was open if it made a new one); redo writes
 * the same plan again.
 */
function importEntry(
  plan: ImportPlan,
  mapping: ImportMapping,
  target: ImportTarget,
  first: Written,
  previousProductId: string | null,
): HistoryEntry {
  let written = first;
  return {
    productId: first.productId,
    describe: (t) => t('history.import', { count: plan.requirements.length }),
    undo: async () => {
      await importRepository.undoImport(written.batchId);
      if (written.productCreated) setCurrentProduct(previousProductId);
    },
    redo: async () => {
      const result = await importRepository.applyImport(plan, mapping, target);
      written = result;
      setCurrentProduct(result.productId);
    },
  };
}

/**
 * Writes the import, shows the imported board, and offers Undo in the toast. Rejects (nothing written) on failure;
 * resolves false, nothing written, when `signal` was aborted (Cancel) before the write finished.
 */
export async function runImport(
  plan: ImportPlan,
  mapping: ImportMapping,
  target: ImportTarget,
  t: Translate,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<boolean> {
  const previousProductId = usePreferences.getState().currentProductId;
  const write = importRepository.applyImport(
    plan,
    mapping,
    target,
    (written, total) => onProgress?.(written / total),
    signal,
  );
  // A cancelled write rolled back: nothing failed, so the header does not say it did.
  const result = await trackSave(write.catch((error: unknown) => (signal?.aborted ? null : Promise.reject(error))));
  if (result === null) return false;
  const entry = importEntry(plan, mapping, target, result, previousProductId);
  recordChange(entry);
  setCurrentProduct(result.productId);
  showToast({
    tone: 'info',
    message: translateCount(usePreferences.getState().locale, 'import.done', result.requirements),
    action: {
      label: t('import.undo'),
      run: () => {
        trackSave(undo(entry)).then(
          () => showToast({ tone: 'info', message: t('import.undone') }),
          (error: unknown) =>
            showToast({ tone: 'error', message: t('import.undoFailed', { message: describeError(error, t) }) }),
        );
      },
    },
  });
  return true;
}
