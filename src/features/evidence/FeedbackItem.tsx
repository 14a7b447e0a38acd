import { useState } from 'react';
import { feedbackRepository } from '../../db/evidenceAccess';
import { isWebUrl } from '../../domain/feedback/url';
import type { Feedback } from '../../domain/feedback/types';
import type { Requirement } from '../../domain/types';
import { recordChange, undo } from '../../state/history';
import { showToast } from '../../state/toasts';
import { useLocale, useT } from '../../ui/useT';
import { FeedbackForm } from './FeedbackForm';
import { draftOf, type FeedbackDraft } from './feedbackDraft';
import { feedbackEditEntry, feedbackLinkEntry, feedbackTrashEntry } from './feedbackHistory';
import { RequirementPicker } from './RequirementPicker';
import { formatDay } from '../../i18n/format';
import { shortText } from './format';
import { useTrackedSave } from '../../ui/useTrackedSave';

interface FeedbackItemProps {
  item: Feedback;
  /** Titles of the product's requirements on the board, by id. */
  titles: Map<string, string>;
  requirements: readonly Requirement[];
}

/** One piece of feedback: the quote as text, who and where from, its links, and its actions. */
export function FeedbackItem({ item, titles, requirements }: FeedbackItemProps) {
  const t = useT();
  const locale = useLocale();
  const save = useTrackedSave();
  const [editing, setEditing] = useState(false);
  const who = [item.customer, item.segment].filter(Boolean).join(' · ') || t('feedback.anonymous');
  const linked = item.requirementIds.filter((id) => titles.has(id));
  const candidates = requirements.filter((r) => !item.requirementIds.includes(r.id));
  const short = shortText(item.text);

  const edit = async (draft: FeedbackDraft) => {
    const saved = await save(feedbackRepository.editFeedback(item.id, draft));
    if (saved === undefined) return false;
    if (saved) recordChange(feedbackEditEntry(item, saved));
    setEditing(false);
    return true;
  };

  const remove = async () => {
    const deleted = await save(feedbackRepository.deleteFeedback(item.id));
    if (!deleted) return;
    const entry = feedbackTrashEntry(deleted, false);
    recordChange(entry);
    showToast({
      tone: 'info',
      message: t('feedback.deleted'),
      action: { label: t('feedback.undo'), run: () => void save(undo(entry)) },
    });
  };

  const link = async (requirementId: string, linked: boolean) => {
    const write = linked ? feedbackRepository.linkRequirement : feedbackRepository.unlinkRequirement;
    const saved = await save(write(item.id, requirementId));
    if (saved && saved.version !== item.version) recordChange(feedbackLinkEntry(saved, requirementId, linked));
  };

  if (editing) {
    return (
      <li className="feedback-item feedback-item--editing">
        <FeedbackForm
          initial={draftOf(item)}
          submitLabel={t('feedback.save')}
          onSubmit={edit}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }

  return (
    <li className="feedback-item" data-testid="feedback-item">
      <blockquote className="feedback-item__text">{item.text}</blockquote>
      <p className="feedback-item__meta">
        <span>{who}</span>
        <span>{t(`feedback.channel.${item.channel}`)}</span>
        <time dateTime={item.date}>{formatDay(item.date, locale)}</time>
        {isWebUrl(item.url) && (
          <a href={item.url} target="_blank" rel="noopener noreferrer">
            {t('feedback.openLink')}
          </a>
        )}
      </p>
      <div className="feedback-item__links">
        <span className="field__label">{t('feedback.linked')}</span>
        {linked.length === 0 ? (
          <span className="field__hint">{t('feedback.notLinked')}</span>
        ) : (
          <ul className="chips">
            {linked.map((id) => (
              <li key={id} className="chip">
                <span>{titles.get(id)}</span>
                <button
                  type="button"
                  className="button button--icon"
                  aria-label={t('feedback.unlink', { title: titles.get(id) ?? '' })}
                  onClick={() => void link(id, false)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <RequirementPicker
          label={t('feedback.linkPicker')}
          requirements={candidates}
          onPick={(id) => void link(id, true)}
        />
      </div>
      <div className="feedback-item__actions">
        <button
          type="button"
          className="button"
          aria-label={t('feedback.editLabel', { text: short })}
          onClick={() => setEditing(true)}
        >
          {t('feedback.edit')}
        </button>
        <button
          type="button"
          className="button button--danger"
          aria-label={t('feedback.deleteLabel', { text: short })}
          onClick={() => void remove()}
        >
          {t('feedback.delete')}
        </button>
      </div>
    </li>
  );
}
