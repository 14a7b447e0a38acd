import { useId, useRef, useState, type FormEvent } from 'react';
import { checkWebUrl } from '../../domain/feedback/url';
import { useT } from '../../ui/useT';

export interface CompetitorDraft {
  name: string;
  url: string;
  note: string;
}

interface CompetitorFormProps {
  initial: CompetitorDraft;
  submitLabel: string;
  onSubmit: (draft: CompetitorDraft) => Promise<boolean>;
  onCancel?: () => void;
}

/** Adding and editing a competitor: the name is required, the website must be http(s) when given. */
export function CompetitorForm({ initial, submitLabel, onSubmit, onCancel }: CompetitorFormProps) {
  const t = useT();
  const id = useId();
  const field = (name: string) => `${id}-${name}`;
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<'name' | 'url' | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const urlRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = draft.name.trim() === '' ? 'name' : checkWebUrl(draft.url).ok ? null : 'url';
    setProblem(next);
    if (next) {
      (next === 'name' ? nameRef : urlRef).current?.focus();
      return;
    }
    if (await onSubmit(draft)) {
      setDraft(initial);
      nameRef.current?.focus();
    }
  };

  return (
    <form className="competitor-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={field('name')}>{t('competitors.field.name')}</label>
        <input
          id={field('name')}
          ref={nameRef}
          type="text"
          required
          maxLength={200}
          value={draft.name}
          aria-invalid={problem === 'name' || undefined}
          aria-describedby={problem === 'name' ? field('error') : undefined}
          onChange={(e) => {
            setDraft({ ...draft, name: e.target.value });
            if (problem === 'name') setProblem(null);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={field('url')}>{t('competitors.field.url')}</label>
        <input
          id={field('url')}
          ref={urlRef}
          type="url"
          maxLength={4000}
          value={draft.url}
          aria-invalid={problem === 'url' || undefined}
          aria-describedby={problem === 'url' ? field('error') : undefined}
          onChange={(e) => {
            setDraft({ ...draft, url: e.target.value });
            if (problem === 'url') setProblem(null);
          }}
        />
      </div>
      <div className="field competitor-form__note">
        <label htmlFor={field('note')}>{t('competitors.field.note')}</label>
        <input
          id={field('note')}
          type="text"
          maxLength={5000}
          value={draft.note}
          onChange={(e) => setDraft({ ...draft, note: e.target.value })}
        />
      </div>
      <div className="competitor-form__actions">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('competitors.cancel')}
          </button>
        )}
      </div>
      {problem && (
        <small id={field('error')} className="field__error competitor-form__error">
          {t(problem === 'name' ? 'competitors.error.name' : 'competitors.error.url')}
        </small>
      )}
    </form>
  );
}
