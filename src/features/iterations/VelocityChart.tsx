import { averageVelocity, velocitySeries } from '../../domain/iterations/velocity';
import type { Iteration } from '../../domain/iterations/types';
import { useLocale, useT } from '../../ui/useT';
import { CHART_HEIGHT, CHART_WIDTH, ChartCard, PAD, yTicks } from './ChartCard';
import { formatPoints } from './format';

/** Committed vs completed points of the last closed iterations. */
export function VelocityChart({ iterations }: { iterations: Iteration[] }) {
  const t = useT();
  const locale = useLocale();
  const bars = velocitySeries(iterations);
  const title = t('iterations.chart.velocity');
  if (bars.length === 0) {
    return (
      <section className="chart chart--empty" aria-label={title}>
        <h3>{title}</h3>
        <p>{t('iterations.chart.velocityEmpty')}</p>
      </section>
    );
  }
  const fmt = (n: number) => formatPoints(n, locale);
  const ticks = yTicks(Math.max(...bars.flatMap((b) => [b.committed, b.completed])));
  const top = ticks.at(-1) ?? 1;
  const innerW = CHART_WIDTH - PAD.left - PAD.right;
  const innerH = CHART_HEIGHT - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + innerH - (innerH * v) / top;
  const slot = innerW / bars.length;
  const barW = Math.min(28, slot / 3);
  const items = bars.map((b) =>
    t('iterations.chart.velocityItem', { name: b.name, committed: fmt(b.committed), completed: fmt(b.completed) }),
  );
  const summary = `${items.join('; ')}. ${t('iterations.chart.velocitySummary', { count: bars.length, average: fmt(averageVelocity(bars) ?? 0) })}`;

  return (
    <ChartCard
      title={title}
      summary={summary}
      fileName="velocity.png"
      testId="velocity"
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('iterations.picker.label')}</th>
              <th scope="col">{t('iterations.chart.committed')}</th>
              <th scope="col">{t('iterations.chart.completed')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.iterationId}>
                <th scope="row">{b.name}</th>
                <td>{fmt(b.committed)}</td>
                <td>{fmt(b.completed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {ticks.map((v) => (
        <g key={v}>
          <line className="chart__grid" x1={PAD.left} x2={CHART_WIDTH - PAD.right} y1={y(v)} y2={y(v)} />
          <text className="chart__tick" x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
            {fmt(v)}
          </text>
        </g>
      ))}
      {bars.map((b, i) => {
        const center = PAD.left + slot * i + slot / 2;
        return (
          <g key={b.iterationId}>
            <rect
              className="chart__committed"
              x={center - barW - 1}
              y={y(b.committed)}
              width={barW}
              height={Math.max(0, y(0) - y(b.committed))}
            />
            <rect
              className="chart__completed"
              x={center + 1}
              y={y(b.completed)}
              width={barW}
              height={Math.max(0, y(0) - y(b.completed))}
            />
            <text className="chart__tick" x={center} y={CHART_HEIGHT - PAD.bottom + 16} textAnchor="middle">
              {b.name.length > 14 ? `${b.name.slice(0, 13)}…` : b.name}
            </text>
          </g>
        );
      })}
      <rect className="chart__committed" x={PAD.left} y={CHART_HEIGHT - 16} width={12} height={10} />
      <text className="chart__legend" x={PAD.left + 18} y={CHART_HEIGHT - 6}>
        {t('iterations.chart.committed')}
      </text>
      <rect className="chart__completed" x={PAD.left + 120} y={CHART_HEIGHT - 16} width={12} height={10} />
      <text className="chart__legend" x={PAD.left + 138} y={CHART_HEIGHT - 6}>
        {t('iterations.chart.completed')}
      </text>
    </ChartCard>
  );
}
