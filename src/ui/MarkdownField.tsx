import { useId, useState } from 'react';
import { Markdown } from './Markdown';
import { useT } from './useT';

interface Props {
  label: string;
  value: string;
  onChange: (value: string, now?: boolean) => void;
  rows?: number;
}

/** A Markdown text, written or previewed (the requirement panel's description and a review's learnings; its words load with the panel). */
export function MarkdownField({ label, value, onChange, rows = 8 }: Props) {
  const t = useT();
  const id = useId();
  const [previewing, setPreviewing] = useState(false);
  return (
    <div className="field">
      <div className="detail__description-head">
        <label htmlFor={id}>{label}</label>
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
        value.trim() ? (
          <Markdown source={value} className="markdown detail__preview" />
        ) : (
          <p className="detail__preview detail__preview--empty">{t('detail.previewEmpty')}</p>
        )
      ) : (
        <textarea
          id={id}
          rows={rows}
          value={value}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <small id={`${id}-hint`} className="field__hint">
        {t('detail.descriptionHint')}
      </small>
    </div>
  );
}
