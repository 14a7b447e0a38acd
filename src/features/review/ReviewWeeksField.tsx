import { useId, useState } from 'react';
import { productSettingsRepository } from '../../db/productSettingsAccess';
import type { Product } from '../../domain/types';
import { recordChange } from '../../state/history';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { useEditLock } from '../../state/viewOnly';
import { describeError } from '../../ui/describeError';
import { useT } from '../../ui/useT';
import { reviewWeeksEntry } from './reviewHistory';

/** The product's "review after N weeks": saved when the field is left (or Enter), one undo step. */
export function ReviewWeeksField({ product }: { product: Product }) {
  const t = useT();
  const id = useId();
  const lock = useEditLock(product.id);
  const saved = product.settings.reviewAfterWeeks;
  const [text, setText] = useState(String(saved));
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    // Another tab or an undo changed it: show the stored value.
    setShown(saved);
    setText(String(saved));
  }

  const save = async () => {
    const weeks = Number(text);
    if (!Number.isInteger(weeks) || weeks === saved) return setText(String(saved));
    try {
      const next = await trackSave(
        productSettingsRepository.updateProductSettings(product.id, { reviewAfterWeeks: weeks }),
      );
      if (next.version !== product.version) recordChange(reviewWeeksEntry(product, next));
    } catch (e) {
      setText(String(saved));
      showToast({ tone: 'error', message: describeError(e, t) });
    }
  };

  return (
    <div className="field">
      <label htmlFor={id}>{t('review.weeks.label')}</label>
      <input
        id={id}
        type="number"
        min={0}
        max={104}
        step={1}
        value={text}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => void save()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void save();
        }}
        {...lock}
      />
      <small id={`${id}-hint`} className="field__hint">
        {t('review.weeks.hint')}
      </small>
    </div>
  );
}
