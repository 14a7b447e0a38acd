import { capacityStatus, committedPoints, iterationCapacity, loadPerMember } from '../../domain/iterations/capacity';
import type { Iteration } from '../../domain/iterations/types';
import type { Member, Requirement } from '../../domain/types';
import { useLocale, useT } from '../../ui/useT';
import { formatPoints } from './format';

/** Committed points against capacity (amber from 90%, red over), and the load of each member. */
export function CapacitySummary({
  iteration,
  planned,
  members,
}: {
  iteration: Iteration;
  planned: Requirement[];
  members: Map<string, Member>;
}) {
  const t = useT();
  const locale = useLocale();
  const capacity = iterationCapacity(iteration);
  const { points, unestimated } = committedPoints(planned);
  const status = capacityStatus(points, capacity);
  const unit = t(`iterations.unit.${iteration.capacityUnit}`);
  const fmt = (n: number) => formatPoints(n, locale);
  const fill = capacity === null || capacity === 0 ? (points > 0 ? 100 : 0) : Math.min(100, (points / capacity) * 100);
  const load = loadPerMember(iteration, planned);
  return (
    <div className={`capacity capacity--${status}`} data-testid="capacity" data-status={status}>
      <p className="capacity__text">
        {capacity === null
          ? t('iterations.capacity.noCapacity', { points: fmt(points) })
          : t('iterations.capacity.value', { points: fmt(points), capacity: fmt(capacity), unit })}
        {status === 'near' && <strong className="capacity__flag"> · {t('iterations.capacity.near')}</strong>}
        {status === 'over' && (
          <strong className="capacity__flag" role="status">
            {' '}
            · {t('iterations.capacity.over', { excess: fmt(points - (capacity ?? 0)), unit })}
          </strong>
        )}
      </p>
      <div className="capacity__bar" aria-hidden="true">
        <span className="capacity__fill" style={{ width: `${fill}%` }} />
      </div>
      {unestimated > 0 && (
        <p className="capacity__unestimated">{t('iterations.plan.unestimatedCount', { count: unestimated })}</p>
      )}
      {load.length > 0 && (
        <div className="capacity__load">
          <h4>{t('iterations.load.title')}</h4>
          <ul>
            {load.map((row) => {
              const name =
                row.memberId === null ? t('iterations.load.unowned') : (members.get(row.memberId)?.name ?? '?');
              return (
                <li key={row.memberId ?? ''} className={`capacity__member capacity--${row.status}`}>
                  {row.capacity === null
                    ? t('iterations.load.memberNoCapacity', { name, points: fmt(row.points) })
                    : t('iterations.load.member', { name, points: fmt(row.points), capacity: fmt(row.capacity) })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
