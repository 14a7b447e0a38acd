import { AxisBottom, AxisLeft, type AxisScale } from '@visx/axis';
import { INNER_HEIGHT } from './ChartFrame';

interface AxesProps {
  x: AxisScale;
  y: AxisScale;
  xFormat?: (value: number | string) => string;
  yLabel: string;
  xTicks?: number;
}

const tickLabel = () => ({ className: 'analytics__tick', fontSize: 11 });

/** Counts and days are whole numbers: no 0.2, 0.4 … ticks on a short axis. */
function wholeTicks(y: AxisScale): number[] {
  const ticks = 'ticks' in y && typeof y.ticks === 'function' ? (y.ticks(5) as number[]) : [];
  return ticks.filter((v) => Number.isInteger(v));
}

/** Both axes of a chart, styled by the theme (the class names), not by visx's fixed colours. */
export function Axes({ x, y, xFormat, yLabel, xTicks = 6 }: AxesProps) {
  return (
    <g className="analytics__axis" aria-hidden="true">
      <AxisLeft
        scale={y}
        tickValues={wholeTicks(y)}
        tickFormat={(v) => String(v)}
        tickLabelProps={tickLabel}
        label={yLabel}
        labelClassName="analytics__tick"
        labelOffset={28}
      />
      <AxisBottom
        top={INNER_HEIGHT}
        scale={x}
        numTicks={xTicks}
        tickFormat={xFormat ? (v) => xFormat(v as number | string) : undefined}
        tickLabelProps={tickLabel}
      />
    </g>
  );
}
