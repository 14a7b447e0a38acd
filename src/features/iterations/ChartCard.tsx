import { useId, useRef, type ReactNode } from 'react';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { downloadBlob } from '../../ui/download';
import { useT } from '../../ui/useT';

export const CHART_WIDTH = 560;
export const CHART_HEIGHT = 260;
export const PAD = { left: 44, right: 16, top: 16, bottom: 40 };

interface ChartCardProps {
  title: string;
  /** The chart in one or two sentences: what a screen reader reads, and what everyone sees under it. */
  summary: string;
  fileName: string;
  /** SVG content, drawn in a CHART_WIDTH × CHART_HEIGHT box. */
  children: ReactNode;
  /** The numbers behind the chart, as a table. */
  table: ReactNode;
  testId: string;
}

/** A chart with its title, text summary, data table and PNG download. */
export function ChartCard({ title, summary, fileName, children, table, testId }: ChartCardProps) {
  const t = useT();
  const id = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const exportPng = async () => {
    if (!svgRef.current) return;
    try {
      const { chartPng } = await import('./chartPng');
      downloadBlob(await chartPng(svgRef.current), fileName);
    } catch (error) {
      showToast({ tone: 'error', message: describeError(error, t) });
    }
  };
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} data-testid={testId}>
      <div className="chart__head">
        <h3 id={`${id}-title`}>{title}</h3>
        <button type="button" className="button" onClick={() => void exportPng()}>
          {t('iterations.chart.exportPng', { chart: title })}
        </button>
      </div>
      <svg
        ref={svgRef}
        className="chart__svg"
        viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-summary`}
      >
        {children}
      </svg>
      <figcaption id={`${id}-summary`} className="chart__summary" data-testid={`${testId}-summary`}>
        {summary}
      </figcaption>
      <details className="chart__data">
        <summary>{t('iterations.chart.table')}</summary>
        {table}
      </details>
    </figure>
  );
}

/** Round tick values from 0 to at least `max`. */
export function yTicks(max: number): number[] {
  const top = Math.max(1, max);
  const step = top <= 5 ? 1 : top <= 10 ? 2 : top <= 25 ? 5 : top <= 50 ? 10 : Math.ceil(top / 50) * 10;
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) ticks.push(v);
  return ticks;
}
