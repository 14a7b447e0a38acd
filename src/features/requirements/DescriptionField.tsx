import { useId, useState } from 'react';
import { Markdown } from '../../ui/Markdown';
import { useT } from '../../ui/useT';
import { TemplatePicker } from './TemplatePicker';

interface Props {
  productId: string;
  description: string;
  onChange: (description: string, now?: boolean) => void;
}

/** The Markdown description, written or previewed; an empty one can start from a template. */
export function DescriptionField({ productId, description, onChange }: Props) {
  const t = useT();
  const id = useId();
  const [previewing, setPreviewing] = useState(false);
  return (
    <>
      {/* Templates are chosen, and edited, where a new requirement starts; a template never overwrites what was written. */}
      {description.trim() === '' && <TemplatePicker productId={productId} onApply={(body) => onChange(body, true)} />}
      <div className="field">
        <div className="detail__description-head">
          <label htmlFor={id}>{t('detail.description')}</label>
          <div className="segmented">
            <button type="button" className="button" aria-pressed={!previewing} onClick={() => setPreviewing(false)}>
              {t('detail.edit')}
            </button>
            <button type="button" className="button" aria-pressed={previewing} onClick={() => setPreviewing(true)}>
              {t('detail.preview')}
            </button>
          </div>
        </div>
        {previewing ? (
          description.trim() ? (
            <Markdown source={description} className="markdown detail__preview" />
          ) : (
            <p className="detail__preview detail__preview--empty">{t('detail.previewEmpty')}</p>
          )
        ) : (
          <textarea
            id={id}
            rows={8}
            value={description}
            aria-describedby={`${id}-hint`}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
        <small id={`${id}-hint`} className="field__hint">
          {t('detail.descriptionHint')}
        </small>
      </div>
    </>
  );
}
