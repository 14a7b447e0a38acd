import '../../i18n/reviewMessages';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { repositories } from '../../db';
import { reviewRepository } from '../../db/reviewsAccess';
import type { Requirement, RequirementPatch } from '../../domain/types';
import { openRequirement } from '../../state/boardUi';
import { MarkdownField } from '../../ui/MarkdownField';
import { useT } from '../../ui/useT';
import { VerdictSelect } from './VerdictSelect';

interface Props {
  requirement: Requirement;
  change: (patch: RequirementPatch, now?: boolean) => void;
}

/** The panel's review of the success metric (date, verdict, learnings) and the follow-up links both ways. */
export function ReviewSection({ requirement, change }: Props) {
  const t = useT();
  const id = useId();
  const source = useLiveQuery(
    async () =>
      requirement.followUpOf
        ? ((await repositories.requirements.getRequirement(requirement.followUpOf)) ?? null)
        : null,
    [requirement.followUpOf],
    null,
  );
  const followUps = useLiveQuery(() => reviewRepository.listFollowUps(requirement.id), [requirement.id]) ?? [];
  if (requirement.successMetric === null && source === null && followUps.length === 0) return null;

  const link = (row: Requirement) => (
    <button key={row.id} type="button" className="button button--link" onClick={() => openRequirement(row.id)}>
      {row.title}
    </button>
  );
  return (
    <fieldset className="detail__group">
      <legend>{t('review.section')}</legend>
      {source && (
        <p>
          {t('review.followUp.of')}: {link(source)}
        </p>
      )}
      {followUps.length > 0 && (
        <p>
          {t('review.followUp.list')}: {followUps.map(link)}
        </p>
      )}
      {requirement.successMetric !== null && (
        <>
          <div className="detail__grid">
            <div className="field">
              <label htmlFor={`${id}-date`}>{t('review.date')}</label>
              <input
                id={`${id}-date`}
                type="date"
                value={requirement.reviewDate ?? ''}
                aria-describedby={`${id}-date-hint`}
                onChange={(e) => change({ reviewDate: e.target.value || null }, true)}
              />
              <small id={`${id}-date-hint`} className="field__hint">
                {t('review.date.hint')}
              </small>
            </div>
            <div className="field">
              <label htmlFor={`${id}-verdict`}>{t('review.verdict')}</label>
              <VerdictSelect
                id={`${id}-verdict`}
                value={requirement.verdict}
                onChange={(verdict) =>
                  change(
                    {
                      verdict,
                      reviewedAt: verdict === null ? null : (requirement.reviewedAt ?? new Date().toISOString()),
                    },
                    true,
                  )
                }
              />
            </div>
          </div>
          <MarkdownField
            label={t('review.learnings')}
            value={requirement.learnings}
            onChange={(learnings, now) => change({ learnings }, now)}
            rows={4}
          />
        </>
      )}
    </fieldset>
  );
}
