import { formatNumber, formatPercent } from '../../i18n/format';
import type { IterationLoad } from '../../domain/workload/workload';
import { useLocale, useT } from '../../ui/useT';

/** "7 / 6 pts (117%)" over a bar; over capacity says so in words and a mark, not only in red. */
export function LoadCell({ load }: { load: IterationLoad }) {
  const t = useT();
  const locale = useLocale();
  const unit = t(`workload.unit.${load.unit}`);
  const fmt = (n: number) => formatNumber(n, locale, 1);
  const fill = load.percent === null ? 0 : Math.min(100, load.percent);
  return (
    <td className={`workload__load${load.over ? ' workload__load--over' : ''}`} data-testid="workload-load">
      <span className="workload__text">
        {load.capacity === null
          ? t('workload.loadNoCapacity', { load: fmt(load.load), unit })
          : t('workload.load', {
              load: fmt(load.load),
              capacity: fmt(load.capacity),
              unit,
              percent: formatPercent((load.percent ?? 0) / 100, locale),
            })}
      </span>
      {load.over && (
        <strong className="workload__over">
          <span aria-hidden="true">▲ </span>
          {t('workload.over')}
        </strong>
      )}
      {load.unestimated > 0 && (
        <small className="workload__unestimated">{t('workload.unestimated', { count: load.unestimated })}</small>
      )}
      {load.capacity !== null && (
        <span className="workload__bar" aria-hidden="true">
          <span className="workload__fill" style={{ width: `${fill}%` }} />
        </span>
      )}
    </td>
  );
}
