import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { AreaStack } from '@visx/shape';
import { useMemo } from 'react';
import { addDays } from '../../domain/dates';
import type { FlowAnalytics } from '../../domain/analytics/flowAnalytics';
import { formatDay } from './formatDay';
import { useLocale, useT } from '../../ui/useT';
import { Axes } from './Axes';
import { ChartFrame, INNER_HEIGHT, INNER_WIDTH, MARGIN } from './ChartFrame';
import type { StageLook } from './stageLook';

interface Props {
  data: FlowAnalytics;
  stage: StageLook;
  fileStem: string;
}

type Day = Record<string, number> & { index: number };

/** One band per stage, the first stage on top: finished work settles at the bottom as on a paper CFD. */
export function CumulativeFlowChart({ data, stage, fileStem }: Props) {
  const t = useT();
  const locale = useLocale();
  const { days, bands } = data.cumulativeFlow;
  const rows = useMemo<Day[]>(
    () =>
      days.map((_, index) => {
        const row: Day = { index } as Day;
        for (const band of bands) row[band.stageId] = band.counts[index] ?? 0;
        return row;
      }),
    [days, bands],
  );
  const lastTotal = bands.reduce((sum, b) => sum + (b.counts.at(-1) ?? 0), 0);
  const maxTotal = Math.max(1, ...rows.map((r) => bands.reduce((sum, b) => sum + (r[b.stageId] ?? 0), 0)));
  const x = scaleLinear({ domain: [0, Math.max(1, days.length - 1)], range: [0, INNER_WIDTH] });
  const y = scaleLinear({ domain: [0, maxTotal], range: [INNER_HEIGHT, 0], nice: true });
  // d3's stack puts the first key at the bottom.
  const keys = bands.map((b) => b.stageId).reverse();
  const lastDay = days.at(-1);
  const summary =
    lastDay === undefined
      ? t('analytics.empty')
      : t('analytics.cfd.summary', {
          day: formatDay(lastDay, locale),
          total: lastTotal,
          stages: bands.map((b) => `${stage.name(b.stageId)} ${b.counts.at(-1) ?? 0}`).join(', '),
        });
  const title = t('analytics.cfd.title');
  return (
    <ChartFrame
      title={title}
      summary={summary}
      definition={t('analytics.cfd.definition')}
      fileStem={`${fileStem}-cumulative-flow`}
      testId="analytics-cfd"
      rows={[
        [t('analytics.column.day'), ...bands.map((b) => stage.name(b.stageId))],
        ...days.map((day, i) => [day, ...bands.map((b) => String(b.counts[i] ?? 0))]),
      ]}
    >
      <Group left={MARGIN.left} top={MARGIN.top}>
        {days.length > 0 && (
          <AreaStack<Day, string>
            keys={keys}
            data={rows}
            x={(d) => x(d.data.index)}
            y0={(d) => y(d[0])}
            y1={(d) => y(d[1])}
          >
            {({ stacks, path }) =>
              stacks.map((s) => (
                <path
                  key={s.key}
                  d={path(s) ?? ''}
                  fill={stage.color(s.key)}
                  fillOpacity={0.85}
                  className="analytics__band"
                />
              ))
            }
          </AreaStack>
        )}
        <Axes
          x={x}
          y={y}
          yLabel={t('analytics.axis.requirements')}
          xFormat={(i) => (lastDay ? formatDay(addDays(days[0] ?? lastDay, Number(i)), locale) : '')}
        />
      </Group>
      <Legend stageIds={bands.map((b) => b.stageId)} stage={stage} />
    </ChartFrame>
  );
}

function Legend({ stageIds, stage }: { stageIds: string[]; stage: StageLook }) {
  // Two rows at most, in the chart's top margin; the table names every stage.
  const shown = stageIds.slice(0, 14);
  const per = Math.max(1, Math.ceil(shown.length / 2));
  const width = INNER_WIDTH / per;
  return (
    <g aria-hidden="true">
      {shown.map((id, i) => (
        <g key={id} transform={`translate(${MARGIN.left + (i % per) * width}, ${2 + Math.floor(i / per) * 11})`}>
          <rect width={8} height={8} fill={stage.color(id)} />
          <text x={11} y={8} className="analytics__legend" fontSize={10}>
            {stage.name(id)}
          </text>
        </g>
      ))}
    </g>
  );
}
