import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { feedbackRepository } from '../../db/evidenceAccess';
import { dayOf } from '../../domain/dates';
import { recordChange } from '../../state/history';
import { useT } from '../../ui/useT';
import { FeedbackForm } from './FeedbackForm';
import { FeedbackItem } from './FeedbackItem';
import { emptyDraft, type FeedbackDraft } from './feedbackDraft';
import { feedbackTrashEntry } from './feedbackHistory';
import { filterFeedback } from './filterFeedback';
import { useTrackedSave } from '../../ui/useTrackedSave';
import './evidence.css';
import { useActiveRequirements } from '../activeRequirements';

interface FeedbackInboxProps {
  productId: string;
  productName: string;
}

/** The feedback inbox: quick capture on top, then every item, newest first, searchable. */
export function FeedbackInbox({ productId, productName }: FeedbackInboxProps) {
  const t = useT();
  const save = useTrackedSave();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const feedback = useLiveQuery(() => feedbackRepository.listFeedback(productId), [productId]);
  const requirements = useActiveRequirements(productId);
  const titles = useMemo(() => new Map((requirements ?? []).map((r) => [r.id, r.title])), [requirements]);
  const shown = useMemo(() => filterFeedback(feedback ?? [], query), [feedback, query]);
  const today = dayOf(new Date());

  const capture = async (draft: FeedbackDraft) => {
    const row = await save(feedbackRepository.createFeedback(productId, draft));
    if (row) {
      recordChange(feedbackTrashEntry(row, true));
      setStatus(t('feedback.added'));
    }
    return row !== undefined;
  };

  return (
    <section className="evidence" aria-label={t('feedback.label', { product: productName })}>
      <h2 className="evidence__title">{t('feedback.title')}</h2>
      <section className="evidence__panel" aria-labelledby={`${searchId}-capture`}>
        <h3 id={`${searchId}-capture`}>{t('feedback.capture.title')}</h3>
        <FeedbackForm initial={emptyDraft(today)} submitLabel={t('feedback.add')} onSubmit={capture} keepContext />
        <p role="status" className="visually-hidden">
          {status}
        </p>
      </section>

      <div className="evidence__toolbar">
        <div className="field">
          <label htmlFor={searchId}>{t('feedback.search')}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder={t('feedback.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        {feedback && (
          <span className="field__hint" aria-live="polite">
            {t('feedback.count', { shown: shown.length, total: feedback.length })}
          </span>
        )}
      </div>

      {feedback === undefined ? (
        <p>{t('app.loading')}</p>
      ) : feedback.length === 0 ? (
        <p className="evidence__empty">{t('feedback.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="evidence__empty">{t('feedback.noMatch', { query })}</p>
      ) : (
        <ul className="feedback-list" aria-label={t('feedback.list')}>
          {shown.map((item) => (
            <FeedbackItem key={item.id} item={item} titles={titles} requirements={requirements ?? []} />
          ))}
        </ul>
      )}
    </section>
  );
}
