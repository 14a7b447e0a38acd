import { useId, useRef, useState, type FormEvent } from 'react';
import { FEEDBACK_CHANNELS, type FeedbackChannel } from '../../domain/feedback/types';
import { useT } from '../../ui/useT';
import { problemsOf, type FeedbackDraft, type FeedbackProblem } from './feedbackDraft';

interface FeedbackFormProps {
  initial: FeedbackDraft;
  submitLabel: string;
  /** Resolves true when saved; the form then starts again from `initial` (capture) or closes (edit). */
  onSubmit: (draft: FeedbackDraft) => Promise<boolean>;
  onCancel?: () => void;
  /** Keeps what was typed except the text after a capture, for several quotes from one interview. */
  keepContext?: boolean;
}

const PROBLEM_KEY = { text: 'feedback.error.text', url: 'feedback.error.url', date: 'feedback.error.date' } as const;

/** Quick capture and edit share these fields; the text is the only one required. */
export function FeedbackForm({ initial, submitLabel, onSubmit, onCancel, keepContext = false }: FeedbackFormProps) {
  const t = useT();
  const id = useId();
  const field = (name: string) => `${id}-${name}`;
  const [draft, setDraft] = useState(initial);
  const [shown, setShown] = useState<FeedbackProblem[]>([]);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const set = (patch: Partial<FeedbackDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    // A problem disappears as soon as the field it names is touched.
    setShown((s) => s.filter((p) => !(p in patch)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = problemsOf(draft);
    setShown(problems);
    const first = problems[0];
    if (first) {
      ({ text: textRef, url: urlRef, date: dateRef })[first].current?.focus();
      return;
    }
    if (await onSubmit(draft)) {
      setDraft(keepContext ? { ...draft, text: '', url: '' } : initial);
      textRef.current?.focus();
    }
  };

  const error = (problem: FeedbackProblem) =>
    shown.includes(problem) ? (
      <small id={field(`${problem}-error`)} className="field__error">
        {t(PROBLEM_KEY[problem])}
      </small>
    ) : null;

  return (
    <form className="feedback-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field feedback-form__text">
        <label htmlFor={field('text')}>{t('feedback.field.text')}</label>
        <textarea
          id={field('text')}
          ref={textRef}
          rows={3}
          required
          maxLength={10_000}
          value={draft.text}
          aria-invalid={shown.includes('text') || undefined}
          aria-describedby={shown.includes('text') ? field('text-error') : undefined}
          onChange={(e) => set({ text: e.target.value })}
        />
        {error('text')}
      </div>
      <div className="feedback-form__grid">
        <div className="field">
          <label htmlFor={field('customer')}>{t('feedback.field.customer')}</label>
          <input
            id={field('customer')}
            type="text"
            maxLength={200}
            value={draft.customer}
            onChange={(e) => set({ customer: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={field('segment')}>{t('feedback.field.segment')}</label>
          <input
            id={field('segment')}
            type="text"
            maxLength={200}
            value={draft.segment}
            onChange={(e) => set({ segment: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={field('channel')}>{t('feedback.field.channel')}</label>
          <select
            id={field('channel')}
            value={draft.channel}
            onChange={(e) => set({ channel: e.target.value as FeedbackChannel })}
          >
            {FEEDBACK_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`feedback.channel.${channel}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('date')}>{t('feedback.field.date')}</label>
          <input
            id={field('date')}
            ref={dateRef}
            type="date"
            required
            value={draft.date}
            aria-invalid={shown.includes('date') || undefined}
            aria-describedby={shown.includes('date') ? field('date-error') : undefined}
            onChange={(e) => set({ date: e.target.value })}
          />
          {error('date')}
        </div>
        <div className="field feedback-form__url">
          <label htmlFor={field('url')}>{t('feedback.field.url')}</label>
          <input
            id={field('url')}
            ref={urlRef}
            type="url"
            inputMode="url"
            maxLength={4000}
            value={draft.url}
            aria-invalid={shown.includes('url') || undefined}
            aria-describedby={shown.includes('url') ? `${field('url-error')} ${field('url-hint')}` : field('url-hint')}
            onChange={(e) => set({ url: e.target.value })}
          />
          <small id={field('url-hint')} className="field__hint">
            {t('feedback.field.urlHint')}
          </small>
          {error('url')}
        </div>
      </div>
      <div className="feedback-form__actions">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('feedback.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
