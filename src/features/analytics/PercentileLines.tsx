import { FLOW_PERCENTILES, type Percentiles } from '../../domain/analytics/percentiles';
import { useT } from '../../ui/useT';
import { INNER_WIDTH } from './ChartFrame';

/**
 * Dashed P50 / P85 / P95 lines across a chart, each labelled with its value (not
 * told apart by colour alone); percentiles with the same value share one line and label.
 */
export function PercentileLines({ values, y }: { values: Percentiles; y: (value: number) => number }) {
  const t = useT();
  const lines = new Map<number, number[]>();
  for (const p of FLOW_PERCENTILES) {
    const value = values[p];
    if (value !== null) lines.set(value, [...(lines.get(value) ?? []), p]);
  }
  return (
    <g aria-hidden="true">
      {[...lines].map(([value, ps]) => (
        <g key={value} className={`analytics__percentile analytics__percentile--${ps.at(-1)}`}>
          <line x1={0} x2={INNER_WIDTH} y1={y(value)} y2={y(value)} />
          <text x={INNER_WIDTH - 2} y={y(value) - 3} textAnchor="end" className="analytics__legend" fontSize={10}>
            {t('analytics.percentileLine', { p: ps.map((p) => `P${p}`).join(' · '), days: value })}
          </text>
        </g>
      ))}
    </g>
  );
}
