import { useLiveQuery } from 'dexie-react-hooks';
import { iterationRepository } from '../../db/iterationsAccess';
import { dayOf } from '../../domain/dates';
import { burndownSeries } from '../../domain/iterations/burndown';
import type { Iteration } from '../../domain/iterations/types';
import { useLocale, useT } from '../../ui/useT';
import { CHART_HEIGHT, CHART_WIDTH, ChartCard, PAD, yTicks } from './ChartCard';
import { formatDay } from '../../i18n/format';
import { formatPoints } from './format';
import type { IterationsData } from './useIterationsData';

/** Ideal line vs remaining points by day, replayed from the event log. */
export function BurndownChart({
  iteration,
  data,
  productId,
}: {
  iteration: Iteration | undefined;
  data: IterationsData;
  productId: string;
}) {
  const t = useT();
  const locale = useLocale();
  const events = useLiveQuery(
    () => (iteration ? iterationRepository.listBurndownEvents(productId, iteration.startDate) : undefined),
    [productId, iteration?.startDate, iteration?.id],
  );
  if (!iteration) {
    return (
      <section className="chart chart--empty" aria-label={t('iterations.chart.burndown')}>
        <h3>{t('iterations.chart.burndown')}</h3>
        <p>{t('iterations.chart.noActive')}</p>
      </section>
    );
  }
  if (!events) return null;
  const today = dayOf(new Date());
  const series = burndownSeries({
    iteration,
    events,
    requirements: data.requirements,
    doneStageIds: data.doneStageIds,
    today,
  });
  const scope = series[0]?.ideal ?? 0;
  const max = Math.max(scope, ...series.map((p) => p.remaining ?? 0));
  const ticks = yTicks(max);
  const top = ticks.at(-1) ?? 1;
  const innerW = CHART_WIDTH - PAD.left - PAD.right;
  const innerH = CHART_HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (series.length <= 1 ? innerW / 2 : (innerW * i) / (series.length - 1));
  const y = (v: number) => PAD.top + innerH - (innerH * v) / top;
  const fmt = (n: number) => formatPoints(n, locale);
  const known = series.filter((p) => p.remaining !== null);
  const last = known.at(-1);
  const lastIndex = known.length - 1;
  const summary = last
    ? t('iterations.chart.burndownSummary', {
        name: iteration.name,
        remaining: fmt(last.remaining ?? 0),
        scope: fmt(scope),
        day: formatDay(last.day, locale, 'short'),
        ideal: fmt(series[lastIndex]?.ideal ?? 0),
      })
    : t('iterations.chart.burndownNotStarted', {
        name: iteration.name,
        day: formatDay(iteration.startDate, locale, 'short'),
      });
  const labelEvery = Math.max(1, Math.ceil(series.length / 7));

  return (
    <ChartCard
      title={t('iterations.chart.burndownOf', { name: iteration.name })}
      summary={summary}
      fileName={`burndown-${iteration.name}.png`}
      testId="burndown"
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('iterations.chart.day')}</th>
              <th scope="col">{t('iterations.chart.ideal')}</th>
              <th scope="col">{t('iterations.chart.remaining')}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((p) => (
              <tr key={p.day}>
                <th scope="row">{formatDay(p.day, locale, 'short')}</th>
                <td>{fmt(p.ideal)}</td>
                <td>{p.remaining === null ? '–' : fmt(p.remaining)}</td>
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
      {series.map((p, i) =>
        // The last day is labelled too, unless it would crowd the label before it.
        i % labelEvery === 0 || (i === series.length - 1 && i % labelEvery > labelEvery / 2) ? (
          <text key={p.day} className="chart__tick" x={x(i)} y={CHART_HEIGHT - PAD.bottom + 16} textAnchor="middle">
            {formatDay(p.day, locale, 'short')}
          </text>
        ) : null,
      )}
      <polyline className="chart__ideal" points={series.map((p, i) => `${x(i)},${y(p.ideal)}`).join(' ')} />
      {known.length > 0 && (
        <polyline
          className="chart__remaining"
          points={known.map((p, i) => `${x(i)},${y(p.remaining ?? 0)}`).join(' ')}
        />
      )}
      {known.map((p, i) => (
        <circle key={p.day} className="chart__dot" cx={x(i)} cy={y(p.remaining ?? 0)} r={3} />
      ))}
      <line className="chart__ideal" x1={PAD.left} x2={PAD.left + 20} y1={CHART_HEIGHT - 10} y2={CHART_HEIGHT - 10} />
      <text className="chart__legend" x={PAD.left + 26} y={CHART_HEIGHT - 6}>
        {t('iterations.chart.ideal')}
      </text>
      <line
        className="chart__remaining"
        x1={PAD.left + 120}
        x2={PAD.left + 140}
        y1={CHART_HEIGHT - 10}
        y2={CHART_HEIGHT - 10}
      />
      <text className="chart__legend" x={PAD.left + 146} y={CHART_HEIGHT - 6}>
        {t('iterations.chart.remaining')}
      </text>
    </ChartCard>
  );
}
