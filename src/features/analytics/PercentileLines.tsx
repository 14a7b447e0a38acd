import { FLOW_PERCENTILES, type Percentiles } from '../../domain/analytics/percentiles';
import { useT } from '../../ui/useT';
import { INNER_WIDTH } from './ChartFrame';

/** Dashed P50 / P85 / P95 lines across a chart, each labelled with its value (not told apart by colour alone). */
export function PercentileLines({ values, y }: { values: Percentiles; y: (value: number) => number }) {
  const t = useT();
  return (
    <g aria-hidden="true">
      {FLOW_PERCENTILES.map((p) => {
        const value = values[p];
        if (value === null) return null;
        return (
          <g key={p} className={`analytics__percentile analytics__percentile--${p}`}>
            <line x1={0} x2={INNER_WIDTH} y1={y(value)} y2={y(value)} />
            <text x={INNER_WIDTH - 2} y={y(value) - 3} textAnchor="end" className="analytics__legend" fontSize={10}>
              {t('analytics.percentileLine', { p, days: value })}
            </text>
          </g>
        );
      })}
    </g>
  );
}
