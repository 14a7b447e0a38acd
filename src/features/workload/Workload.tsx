import { NO_FILTERS } from '../../domain/filters/types';
import type { Product } from '../../domain/types';
import { formatNumber } from '../../i18n/format';
import { setAppView } from '../../state/appView';
import { setFilters, setSettingsOpen } from '../../state/boardUi';
import { memberName } from '../../ui/memberName';
import { useLocale, useT } from '../../ui/useT';
import { LoadCell } from './LoadCell';
import { useWorkloadData } from './useWorkloadData';
import './workload.css';

/** Filters the board to one person (as owner or contributor) and shows it. */
function showOnBoard(memberId: string): void {
  setFilters({ ...NO_FILTERS, owners: [memberId] });
  setAppView('board');
}

/** Per person: what they hold in progress now and their load in each open iteration against their capacity. */
export function Workload({ product }: { product: Product }) {
  const t = useT();
  const locale = useLocale();
  const data = useWorkloadData(product);
  if (!data) return <p className="board__loading">{t('app.loading')}</p>;
  const units = new Set(data.iterations.map((i) => i.capacityUnit));
  const basisOf = (memberId: string) =>
    data.rows.find((r) => r.memberId === memberId)?.iterations.find((l) => l.basis !== null)?.basis;
  const pointsBasis = data.members.map((m) => basisOf(m.id)).find((b) => b === 'velocity' || b === 'teamShare');
  // In progress is counted in the unit of the first open iteration (the team's unit), points when there is none.
  const progressUnit = t(`workload.unit.${data.iterations[0]?.capacityUnit ?? 'points'}`);
  return (
    <section className="workload" aria-label={t('workload.label', { product: product.name })}>
      <div className="workload__head">
        <p className="workload__intro">{t('workload.intro')}</p>
        {/* Members are added, renamed and removed in Settings → Members. */}
        <button type="button" className="button" onClick={() => setSettingsOpen(true)}>
          {t('members.manage')}
        </button>
      </div>
      {data.members.length === 0 ? (
        <p>{t('workload.noMembers')}</p>
      ) : (
        <table className="workload__table">
          <thead>
            <tr>
              <th scope="col">{t('workload.person')}</th>
              <th scope="col">{t('workload.inProgress')}</th>
              {data.iterations.map((i) => (
                <th scope="col" key={i.id}>
                  {t('workload.iterationHead', { name: i.name, state: t(`iterations.state.${i.state}`) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.members.map((member, index) => {
              const row = data.rows[index];
              if (!row) return null;
              const name = memberName(member, t);
              return (
                <tr key={member.id} data-testid="workload-person" data-member-id={member.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="workload__person"
                      aria-label={t('workload.showOnBoard', { name })}
                      onClick={() => showOnBoard(member.id)}
                    >
                      {name}
                    </button>
                    <small className="workload__role">{t(`workload.role.${member.role}`)}</small>
                  </th>
                  <td>
                    {t('workload.inProgressValue', {
                      count: row.inProgress.count,
                      estimate: formatNumber(row.inProgress.estimate, locale, 1),
                      unit: progressUnit,
                    })}
                  </td>
                  {row.iterations.map((load) => (
                    <LoadCell key={load.iterationId} load={load} />
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {data.iterations.length === 0 && <p>{t('workload.noIterations')}</p>}
      {pointsBasis === 'velocity' && data.rate !== null && (
        <p className="workload__basis">{t('workload.basis.velocity', { rate: formatNumber(data.rate, locale, 2) })}</p>
      )}
      {pointsBasis === 'teamShare' && <p className="workload__basis">{t('workload.basis.teamShare')}</p>}
      {units.has('days') && <p className="workload__basis">{t('workload.basis.days')}</p>}
    </section>
  );
}
