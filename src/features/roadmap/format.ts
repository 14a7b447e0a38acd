// Dates and progress as the PM reads them, in the UI language.
import type { Initiative, InitiativeProgress } from '../../domain/roadmap/types';
import { formatDay } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';

/** "May 1, 2026 – Jun 15, 2026", one date for a milestone, the horizon for an undated initiative. */
export function describeWhen(
  initiative: Pick<Initiative, 'start' | 'end' | 'milestone' | 'horizon'>,
  t: Translate,
  locale: string,
): string {
  if (initiative.start === null || initiative.end === null)
    return t(`roadmap.horizon.${initiative.horizon ?? 'later'}`);
  if (initiative.milestone || initiative.start === initiative.end) return formatDay(initiative.start, locale);
  return t('roadmap.dates.range', {
    start: formatDay(initiative.start, locale),
    end: formatDay(initiative.end, locale),
  });
}

export function describeProgress(progress: InitiativeProgress, t: Translate): string {
  if (progress.byCount === null) return t('roadmap.progress.none');
  const byCount = t('roadmap.progress.count', {
    done: progress.done,
    total: progress.total,
    percent: Math.round(progress.byCount * 100),
  });
  // Story points tell more than counts when the team estimates: ten small done and one big open is not 90 %.
  return progress.byEstimate === null
    ? byCount
    : `${byCount} · ${t('roadmap.progress.points', { percent: Math.round(progress.byEstimate * 100) })}`;
}
