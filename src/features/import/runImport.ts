import type { ImportMapping, ImportPlan } from '../../domain/import/plan';
import { importRepository, type ImportTarget } from '../../db/importAccess';
import type { Translate } from '../../i18n/translate';
import { setCurrentProduct, usePreferences } from '../../state/preferences';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';

/** Writes the import, shows the imported board, and offers Undo in the toast. Rejects (nothing written) on failure. */
export async function runImport(plan: ImportPlan, mapping: ImportMapping, target: ImportTarget, t: Translate): Promise<boolean> {
  const previousProductId = usePreferences.getState().currentProductId;
  const result = await trackSave(importRepository.applyImport(plan, mapping, target));
  setCurrentProduct(result.productId);
  showToast({
    tone: 'info',
    message: t('import.done', { count: new Intl.NumberFormat(usePreferences.getState().locale).format(result.requirements) }),
    action: {
      label: t('import.undo'),
      run: () => {
        trackSave(importRepository.undoImport(result.batchId)).then(
          () => {
            if (result.productCreated) setCurrentProduct(previousProductId);
            showToast({ tone: 'info', message: t('import.undone') });
          },
          (error: unknown) => showToast({ tone: 'error', message: t('import.undoFailed', { message: describeError(error, t) }) }),
        );
      },
    },
  });
  return true;
}
