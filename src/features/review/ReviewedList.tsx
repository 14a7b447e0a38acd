import { useMemo } from 'react';
import type { Requirement, Stage } from '../../domain/types';
import { formatDateTime } from '../../i18n/formatTime';
import { openRequirement } from '../../state/boardUi';
import { showToast } from '../../state/toasts';
import { useEditLock } from '../../state/viewOnly';
import { describeError } from '../../ui/describeError';
import { Markdown } from '../../ui/Markdown';
import { stageDisplayName } from '../../ui/stageName';
import { useLocale, useT } from '../../ui/useT';
import { createFollowUp } from './reviewActions';

interface Props {
  reviewed: readonly Requirement[];
  byId: ReadonlyMap<string, Requirement>;
  stages: readonly Stage[];
}

/** Requirements with a verdict: what was learnt, and the follow-ups it led to. */
export function ReviewedList({ reviewed, byId, stages }: Props) {
  const t = useT();
  const locale = useLocale();
  const lock = useEditLock(reviewed[0]?.productId ?? '');
  const followUpsBySource = useMemo(() => {
    const map = new Map<string, Requirement[]>();
    for (const r of byId.values())
      if (r.followUpOf !== null) map.set(r.followUpOf, [...(map.get(r.followUpOf) ?? []), r]);
    return map;
  }, [byId]);

  const followUp = async (source: Requirement) => {
    try {
      const { created, stage } = await createFollowUp(
        source,
        stages,
        t('review.followUp.title', { title: source.title }),
      );
      showToast({
        tone: 'info',
        message: t('review.followUp.created', { title: created.title, stage: stageDisplayName(stage, t) }),
      });
    } catch (e) {
      showToast({ tone: 'error', message: describeError(e, t) });
    }
  };

  if (reviewed.length === 0) return <p className="review__empty">{t('review.done.empty')}</p>;
  return (
    <ul className="review__list">
      {reviewed.map((row) => {
        const followUps = followUpsBySource.get(row.id) ?? [];
        return (
          <li key={row.id} className="review__item">
            <h4 className="review__item-title">
              <button type="button" className="button button--link" onClick={() => openRequirement(row.id)}>
                {row.title}
              </button>
            </h4>
            <p className="review__status">
              {row.verdict && t(`review.verdict.${row.verdict}`)}
              {row.reviewedAt && ` · ${formatDateTime(row.reviewedAt, locale)}`}
            </p>
            {row.learnings.trim() && <Markdown source={row.learnings} className="markdown review__learnings-text" />}
            {followUps.length > 0 && (
              <p>
                {t('review.followUp.list')}:{' '}
                {followUps.map((f, i) => (
                  <span key={f.id}>
                    {i > 0 && ', '}
                    <button type="button" className="button button--link" onClick={() => openRequirement(f.id)}>
                      {f.title}
                    </button>
                  </span>
                ))}
              </p>
            )}
            <button type="button" className="button" onClick={() => void followUp(row)} {...lock}>
              {t('review.followUp.create', { title: row.title })}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
