import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { daysBetween, addDays } from '../../domain/dates';
import type { FlowAnalytics } from '../../domain/analytics/flowAnalytics';
import { formatDay } from './formatDay';
import { useLocale, useT } from '../../ui/useT';
import { Axes } from './Axes';
import { ChartFrame, INNER_HEIGHT, INNER_WIDTH, MARGIN } from './ChartFrame';
import { openRequirementProps } from './openRequirementKeys';
import { PercentileLines } from './PercentileLines';

/** Finished requirements by the day they finished and their cycle time; a point opens its requirement. */
export function CycleTimeChart({ data, fileStem }: { data: FlowAnalytics; fileStem: string }) {
  const t = useT();
  const locale = useLocale();
  const { range, cycleTime } = data;
  const points = data.finished.filter((f) => f.cycleTime !== null);
  const span = Math.max(1, daysBetween(range.from, range.to));
  const x = scaleLinear({ domain: [0, span], range: [0, INNER_WIDTH] });
  const y = scaleLinear({
    domain: [0, Math.max(1, ...points.map((p) => p.cycleTime ?? 0), cycleTime[95] ?? 0)],
    range: [INNER_HEIGHT, 0],
    nice: true,
  });
  const summary =
    points.length === 0
      ? t('analytics.cycle.none')
      : t('analytics.cycle.summary', {
          count: points.length,
          p50: cycleTime[50] ?? 0,
          p85: cycleTime[85] ?? 0,
          p95: cycleTime[95] ?? 0,
        });
  const withoutStart =
    data.withoutStart > 0 ? ` ${t('analytics.cycle.withoutStart', { count: data.withoutStart })}` : '';
  return (
    <ChartFrame
      title={t('analytics.cycle.title')}
      summary={summary + withoutStart}
      definition={t('analytics.cycle.definition')}
      fileStem={`${fileStem}-cycle-time`}
      testId="analytics-cycle-time"
      rows={[
        [
          t('analytics.column.requirement'),
          t('analytics.column.started'),
          t('analytics.column.finished'),
          t('analytics.column.cycleDays'),
          t('analytics.column.rework'),
        ],
        ...points.map((p) => [p.title, p.startDay ?? '', p.doneDay, String(p.cycleTime), String(p.reworkMoves)]),
      ]}
    >
      <Group left={MARGIN.left} top={MARGIN.top}>
        <PercentileLines values={cycleTime} y={y} />
        {points.map((p) => (
          <circle
            key={p.id}
            className="analytics__point"
            cx={x(daysBetween(range.from, p.doneDay))}
            cy={y(p.cycleTime ?? 0)}
            r={4}
            aria-label={t('analytics.cycle.point', {
              title: p.title,
              days: p.cycleTime ?? 0,
              day: formatDay(p.doneDay, locale),
            })}
            {...openRequirementProps(p.id)}
          />
        ))}
        <Axes
          x={x}
          y={y}
          yLabel={t('analytics.axis.days')}
          xFormat={(i) => formatDay(addDays(range.from, Number(i)), locale)}
        />
      </Group>
    </ChartFrame>
  );
}
