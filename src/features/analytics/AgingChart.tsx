import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import type { FlowAnalytics } from '../../domain/analytics/flowAnalytics';
import { useT } from '../../ui/useT';
import { Axes } from './Axes';
import { ChartFrame, INNER_HEIGHT, INNER_WIDTH, MARGIN } from './ChartFrame';
import { openRequirementProps } from './openRequirementKeys';
import { PercentileLines } from './PercentileLines';
import type { StageLook } from './stageLook';

interface Props {
  data: FlowAnalytics;
  /** The in-progress stages, start stage to the one before done, in board order. */
  stageIds: readonly string[];
  stage: StageLook;
  fileStem: string;
}

/** Requirements in progress today by stage and age, over the cycle-time percentiles of everything finished. */
export function AgingChart({ data, stageIds, stage, fileStem }: Props) {
  const t = useT();
  const items = data.inProgress;
  const domain = [...new Set([...stageIds, ...items.map((i) => i.stageId)])];
  const x = scaleBand({ domain, range: [0, INNER_WIDTH], padding: 0.2 });
  const y = scaleLinear({
    domain: [0, Math.max(1, ...items.map((i) => i.age), data.allTimeCycleTime[95] ?? 0)],
    range: [INNER_HEIGHT, 0],
    nice: true,
  });
  const p85 = data.allTimeCycleTime[85];
  const older = p85 === null ? 0 : items.filter((i) => i.age > p85).length;
  const summary =
    items.length === 0
      ? t('analytics.aging.none')
      : t('analytics.aging.summary', { count: items.length, oldest: items[0]?.age ?? 0, older, p85: p85 ?? '–' });
  // Requirements of one stage spread across its band so equal ages do not hide each other.
  const slot = new Map<string, number>();
  const perStage = new Map<string, number>();
  for (const item of items) {
    const n = perStage.get(item.stageId) ?? 0;
    slot.set(item.id, n);
    perStage.set(item.stageId, n + 1);
  }
  return (
    <ChartFrame
      title={t('analytics.aging.title')}
      summary={summary}
      definition={t('analytics.aging.definition')}
      fileStem={`${fileStem}-aging-wip`}
      testId="analytics-aging"
      rows={[
        [
          t('analytics.column.requirement'),
          t('analytics.column.stage'),
          t('analytics.column.started'),
          t('analytics.column.ageDays'),
        ],
        ...items.map((i) => [i.title, stage.name(i.stageId), i.startDay, String(i.age)]),
      ]}
    >
      <Group left={MARGIN.left} top={MARGIN.top}>
        <PercentileLines values={data.allTimeCycleTime} y={y} />
        {items.map((item) => {
          const count = perStage.get(item.stageId) ?? 1;
          const offset = ((slot.get(item.id) ?? 0) + 0.5) / count;
          return (
            <circle
              key={item.id}
              className={p85 !== null && item.age > p85 ? 'analytics__point analytics__point--old' : 'analytics__point'}
              cx={(x(item.stageId) ?? 0) + x.bandwidth() * offset}
              cy={y(item.age)}
              r={4}
              aria-label={t('analytics.aging.point', {
                title: item.title,
                stage: stage.name(item.stageId),
                days: item.age,
              })}
              {...openRequirementProps(item.id)}
            />
          );
        })}
        <Axes x={x} y={y} yLabel={t('analytics.axis.ageDays')} xFormat={(id) => stage.name(String(id))} />
      </Group>
    </ChartFrame>
  );
}
