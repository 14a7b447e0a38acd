import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import type { FlowAnalytics } from '../../domain/analytics/flowAnalytics';
import { formatDay } from './formatDay';
import { useLocale, useT } from '../../ui/useT';
import { Axes } from './Axes';
import { ChartFrame, INNER_HEIGHT, INNER_WIDTH, MARGIN } from './ChartFrame';

/** Requirements finished per week, as a run chart with the median week marked. */
export function ThroughputChart({ data, fileStem }: { data: FlowAnalytics; fileStem: string }) {
  const t = useT();
  const locale = useLocale();
  const weeks = data.throughput;
  const x = scaleLinear({ domain: [0, Math.max(1, weeks.length - 1)], range: [0, INNER_WIDTH] });
  const y = scaleLinear({
    domain: [0, Math.max(1, ...weeks.map((w) => w.finished))],
    range: [INNER_HEIGHT, 0],
    nice: true,
  });
  const total = weeks.reduce((sum, w) => sum + w.finished, 0);
  const sorted = weeks.map((w) => w.finished).sort((a, b) => a - b);
  const median = sorted.length === 0 ? 0 : (sorted[Math.floor((sorted.length - 1) / 2)] ?? 0);
  const summary =
    weeks.length === 0
      ? t('analytics.empty')
      : t('analytics.throughput.summary', { total, weeks: weeks.length, median });
  return (
    <ChartFrame
      title={t('analytics.throughput.title')}
      summary={summary}
      definition={t('analytics.throughput.definition')}
      fileStem={`${fileStem}-throughput`}
      testId="analytics-throughput"
      rows={[
        [t('analytics.column.week'), t('analytics.column.finishedCount')],
        ...weeks.map((w) => [w.week, String(w.finished)]),
      ]}
    >
      <Group left={MARGIN.left} top={MARGIN.top}>
        {weeks.length > 0 && (
          <line className="analytics__median" x1={0} x2={INNER_WIDTH} y1={y(median)} y2={y(median)} />
        )}
        <LinePath className="analytics__line" data={weeks} x={(_, i) => x(i)} y={(w) => y(w.finished)} />
        {weeks.map((w, i) => (
          <circle
            key={w.week}
            className="analytics__point analytics__point--static"
            cx={x(i)}
            cy={y(w.finished)}
            r={3.5}
            tabIndex={0}
            role="img"
            aria-label={t('analytics.throughput.point', { week: formatDay(w.week, locale), count: w.finished })}
          />
        ))}
        <Axes
          x={x}
          y={y}
          yLabel={t('analytics.axis.requirements')}
          xFormat={(i) => (weeks[Number(i)] ? formatDay(weeks[Number(i)]!.week, locale) : '')}
        />
      </Group>
    </ChartFrame>
  );
}
