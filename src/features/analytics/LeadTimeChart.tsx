import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { leadTimeHistogram } from '../../domain/analytics/histogram';
import type { FlowAnalytics } from '../../domain/analytics/flowAnalytics';
import { useT } from '../../ui/useT';
import { Axes } from './Axes';
import { ChartFrame, INNER_HEIGHT, INNER_WIDTH, MARGIN } from './ChartFrame';

/** How many finished requirements took each number of days from creation to done. */
export function LeadTimeChart({ data, fileStem }: { data: FlowAnalytics; fileStem: string }) {
  const t = useT();
  const bins = leadTimeHistogram(data.finished.map((f) => f.leadTime));
  const label = (b: { from: number; to: number }) => (b.from === b.to ? String(b.from) : `${b.from}–${b.to}`);
  const x = scaleBand({ domain: bins.map(label), range: [0, INNER_WIDTH], padding: 0.15 });
  const y = scaleLinear({
    domain: [0, Math.max(1, ...bins.map((b) => b.count))],
    range: [INNER_HEIGHT, 0],
    nice: true,
  });
  const { leadTime } = data;
  const summary =
    data.finished.length === 0
      ? t('analytics.lead.none')
      : t('analytics.lead.summary', {
          count: data.finished.length,
          p50: leadTime[50] ?? 0,
          p85: leadTime[85] ?? 0,
          p95: leadTime[95] ?? 0,
        });
  const every = Math.max(1, Math.ceil(bins.length / 10));
  return (
    <ChartFrame
      title={t('analytics.lead.title')}
      summary={summary}
      definition={t('analytics.lead.definition')}
      fileStem={`${fileStem}-lead-time`}
      testId="analytics-lead-time"
      rows={[
        [t('analytics.column.leadDays'), t('analytics.column.count')],
        ...bins.map((b) => [label(b), String(b.count)]),
      ]}
    >
      <Group left={MARGIN.left} top={MARGIN.top}>
        {bins.map((b) => (
          <Bar
            key={b.from}
            className="analytics__bar"
            x={x(label(b)) ?? 0}
            y={y(b.count)}
            width={x.bandwidth()}
            height={INNER_HEIGHT - y(b.count)}
            tabIndex={b.count > 0 ? 0 : undefined}
            role="img"
            aria-label={t('analytics.lead.bar', { days: label(b), count: b.count })}
          />
        ))}
        <Axes
          x={x}
          y={y}
          yLabel={t('analytics.axis.requirements')}
          xFormat={(v) => (bins.findIndex((b) => label(b) === v) % every === 0 ? String(v) : '')}
        />
      </Group>
    </ChartFrame>
  );
}
