import { useId, useState } from 'react';
import type { QueueItem } from '../../domain/review/schedule';
import type { Requirement, Stage, Verdict } from '../../domain/types';
import { formatDay } from '../../i18n/format';
import { openRequirement } from '../../state/boardUi';
import { showToast } from '../../state/toasts';
import { useEditLock } from '../../state/viewOnly';
import { describeError } from '../../ui/describeError';
import { stageDisplayName } from '../../ui/stageName';
import { useLocale, useT } from '../../ui/useT';
import { metricText } from './metricText';
import { recordVerdict } from './reviewActions';
import { VerdictSelect } from './VerdictSelect';

/** One due review: the metric's baseline → target → actual, and the verdict to record. */
export function QueueItemForm({ item, stages }: { item: QueueItem<Requirement>; stages: readonly Stage[] }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const row = item.requirement;
  const metric = row.successMetric;
  const lock = useEditLock(row.productId);
  const [actual, setActual] = useState(metric?.actual === null || metric === null ? '' : String(metric.actual));
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [learnings, setLearnings] = useState(row.learnings);
  const [error, setError] = useState<string | null>(null);
  if (metric === null) return null;

  const submit = async () => {
    if (verdict === null) {
      setError(t('review.record.needsVerdict'));
      return;
    }
    setError(null);
    const value = actual.trim() === '' ? null : Number(actual);
    try {
      const { moved, stage } = await recordVerdict(
        row,
        stages,
        { verdict, learnings, successMetric: { ...metric, actual: Number.isFinite(value) ? value : null } },
        new Date().toISOString(),
      );
      showToast({
        tone: 'info',
        message: t('review.recorded', { title: moved.title, stage: stageDisplayName(stage, t) }),
      });
    } catch (e) {
      showToast({ tone: 'error', message: describeError(e, t) });
    }
  };

  return (
    <li className="review__item" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="review__item-title">
        <button type="button" className="button button--link" onClick={() => openRequirement(row.id)}>
          {row.title}
        </button>
      </h4>
      <p className={item.status === 'overdue' ? 'review__status review__status--overdue' : 'review__status'}>
        {t(`review.status.${item.status}`, { day: formatDay(item.reviewDay, locale) })}
      </p>
      <p className="review__metric">{metricText(metric, t, locale)}</p>
      <form
        className="review__form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-actual`}>{t('review.actual')}</label>
          <input
            id={`${id}-actual`}
            type="number"
            step="any"
            inputMode="decimal"
            value={actual}
            onChange={(e) => setActual(e.target.value)}
            {...lock}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-verdict`}>{t('review.verdict')}</label>
          <VerdictSelect id={`${id}-verdict`} value={verdict} onChange={setVerdict} />
        </div>
        <div className="field review__learnings">
          <label htmlFor={`${id}-learnings`}>{t('review.learnings')}</label>
          <textarea
            id={`${id}-learnings`}
            rows={3}
            value={learnings}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setLearnings(e.target.value)}
          />
          <small id={`${id}-hint`} className="field__hint">
            {t('review.learnings.hint')}
          </small>
        </div>
        {error && (
          <p role="alert" className="review__error">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" {...lock}>
          {t('review.record')}
        </button>
      </form>
    </li>
  );
}
