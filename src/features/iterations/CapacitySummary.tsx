import { capacityStatus, committedPoints, iterationCapacity } from '../../domain/iterations/capacity';
import type { Iteration } from '../../domain/iterations/types';
import type { Member, Requirement } from '../../domain/types';
import { roundCapacity } from '../../domain/workload/capacity';
import { loadsInIteration, teamStatus } from '../../domain/workload/workload';
import { formatPercent } from '../../i18n/format';
import { memberName } from '../../ui/memberName';
import { useLocale, useT } from '../../ui/useT';
import { formatPoints } from './format';

/**
 * Committed against capacity (amber from 90%, red over), and the load of each
 * member against their own capacity (as the Workload view counts it). One
 * member over their capacity puts the team at risk even when the total fits.
 */
export function CapacitySummary({
  iteration,
  planned,
  members,
  rate,
}: {
  iteration: Iteration;
  planned: Requirement[];
  members: Map<string, Member>;
  /** Points per person-day from the closed iterations (null without history). */
  rate: number | null;
}) {
  const t = useT();
  const locale = useLocale();
  const unitOf = iteration.capacityUnit;
  const team = iterationCapacity(iteration);
  const capacity = team === null ? null : roundCapacity(team, unitOf);
  const { points, unestimated } = committedPoints(planned);
  const load = loadsInIteration(iteration, planned, rate);
  const overMembers = load.members.filter((m) => m.over);
  const total = capacityStatus(points, capacity);
  const status = teamStatus(points, capacity, load.members);
  const unit = t(`iterations.unit.${unitOf}`);
  const fmt = (n: number) => formatPoints(n, locale);
  const fill = capacity === null || capacity === 0 ? (points > 0 ? 100 : 0) : Math.min(100, (points / capacity) * 100);
  const nameOf = (id: string) => {
    const member = members.get(id);
    return member ? memberName(member, t) : '?';
  };
  return (
    <div className={`capacity capacity--${status}`} data-testid="capacity" data-status={status}>
      <p className="capacity__text">
        {capacity === null
          ? t('iterations.capacity.noCapacity', { points: fmt(points) })
          : t('iterations.capacity.value', { points: fmt(points), capacity: fmt(capacity), unit })}
        {total === 'near' && <strong className="capacity__flag"> · {t('iterations.capacity.near')}</strong>}
        {total === 'over' && (
          <strong className="capacity__flag" role="status">
            {' '}
            · {t('iterations.capacity.over', { excess: fmt(points - (capacity ?? 0)), unit })}
          </strong>
        )}
        {overMembers.length > 0 && (
          <strong className="capacity__flag">
            {' '}
            · {t('iterations.capacity.membersOver', { names: overMembers.map((m) => nameOf(m.memberId)).join(', ') })}
          </strong>
        )}
      </p>
      <div className="capacity__bar" aria-hidden="true">
        <span className="capacity__fill" style={{ width: `${fill}%` }} />
      </div>
      {unestimated > 0 && (
        <p className="capacity__unestimated">{t('iterations.plan.unestimatedCount', { count: unestimated })}</p>
      )}
      {(load.members.length > 0 || load.unassigned > 0) && (
        <div className="capacity__load">
          <h4>{t('iterations.load.title')}</h4>
          <ul>
            {load.members.map((row) => (
              <li key={row.memberId} className={`capacity__member capacity--${row.over ? 'over' : 'ok'}`}>
                {row.capacity === null
                  ? t('iterations.load.memberNoCapacity', { name: nameOf(row.memberId), points: fmt(row.load), unit })
                  : t('iterations.load.member', {
                      name: nameOf(row.memberId),
                      points: fmt(row.load),
                      capacity: fmt(row.capacity),
                      unit,
                      percent: formatPercent((row.percent ?? 0) / 100, locale),
                    })}
                {row.over && <strong> · {t('iterations.load.over')}</strong>}
              </li>
            ))}
            {load.unassigned > 0 && (
              <li className="capacity__member">
                {t('iterations.load.memberNoCapacity', {
                  name: t('iterations.load.unowned'),
                  points: fmt(load.unassigned),
                  unit,
                })}
              </li>
            )}
          </ul>
        </div>
      )}
    </div>
  );
}
