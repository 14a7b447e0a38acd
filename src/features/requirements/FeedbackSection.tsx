// The requirement's evidence in the detail panel: linked feedback (link and
// unlink from here too), the distinct customers behind it as a RICE reach
// suggestion, and the competitor capabilities that argue for it.
import '../../i18n/evidenceMessages';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo } from 'react';
import { competitorRepository, feedbackRepository } from '../../db/evidenceAccess';
import { distinctCustomers } from '../../domain/feedback/customers';
import type { Requirement } from '../../domain/types';
import { recordChange } from '../../state/history';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { useT } from '../../ui/useT';
import { feedbackLinkEntry, RequirementPicker } from '../evidence';

interface FeedbackSectionProps {
  requirement: Requirement;
  /** Writes the reach through the panel's own save path (undo, debounce, saved signal). */
  onUseReach: (reach: number) => void;
}

const shorten = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
};

export function FeedbackSection({ requirement, onUseReach }: FeedbackSectionProps) {
  const t = useT();
  const headingId = useId();
  const customersId = useId();
  const { id, productId } = requirement;
  const linked = useLiveQuery(() => feedbackRepository.listFeedbackForRequirement(id), [id]);
  const all = useLiveQuery(() => feedbackRepository.listFeedback(productId), [productId]);
  const capabilities = useLiveQuery(() => competitorRepository.listCapabilitiesForRequirement(id), [id]);
  const customers = linked ? distinctCustomers(linked) : 0;
  const reach = requirement.scores.rice.reach;
  const candidates = useMemo(
    () =>
      (all ?? [])
        .filter((f) => !f.requirementIds.includes(id))
        .map((f) => ({ id: f.id, title: [shorten(f.text), f.customer || f.segment].filter(Boolean).join(' — ') })),
    [all, id],
  );

  const link = (feedbackId: string, linking: boolean) => {
    const write = linking
      ? feedbackRepository.linkRequirement(feedbackId, id)
      : feedbackRepository.unlinkRequirement(feedbackId, id);
    trackSave(write).then(
      (saved) => recordChange(feedbackLinkEntry(saved, id, linking)),
      (error: unknown) => showToast({ tone: 'error', message: describeError(error, t) }),
    );
  };

  return (
    <section className="detail__feedback" aria-labelledby={headingId}>
      <h3 id={headingId} className="field__label">
        {t('evidence.section.title')}
      </h3>
      {linked && linked.length > 0 ? (
        <ul className="detail__feedback-list" aria-label={t('evidence.section.count', { count: linked.length })}>
          {linked.map((f) => (
            <li key={f.id}>
              <q>{shorten(f.text)}</q>
              {(f.customer || f.segment) && <small> — {f.customer || f.segment}</small>}
              <button
                type="button"
                className="button button--icon"
                aria-label={t('evidence.section.unlink', { text: shorten(f.text) })}
                onClick={() => link(f.id, false)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field__hint">{t('evidence.section.none')}</p>
      )}
      <p className="detail__feedback-reach">
        <span id={customersId}>{t('evidence.section.customers', { count: customers })}</span>{' '}
        <span data-testid="rice-reach">
          {reach === null ? t('evidence.section.reachNone') : t('evidence.section.reach', { reach })}
        </span>{' '}
        {customers > 0 && reach !== customers && (
          <button type="button" className="button" aria-describedby={customersId} onClick={() => onUseReach(customers)}>
            {t('evidence.section.useReach')}
          </button>
        )}
      </p>
      <RequirementPicker
        label={t('evidence.section.link')}
        placeholder={t('evidence.section.searchFeedback')}
        optionsLabel={t('evidence.section.matches')}
        requirements={candidates}
        onPick={(feedbackId) => link(feedbackId, true)}
      />
      {capabilities && capabilities.length > 0 && (
        <p className="field__hint">
          {t('evidence.section.capabilities', { names: capabilities.map((c) => c.name).join(', ') })}
        </p>
      )}
    </section>
  );
}
