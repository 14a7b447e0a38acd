import { useId, useRef, useState, type ReactNode } from 'react';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { downloadBlob } from '../../ui/download';
import { useT } from '../../ui/useT';
import { csvBlob, pngBlob, svgBlob } from './chartExport';

export const WIDTH = 560;
export const HEIGHT = 260;
export const MARGIN = { left: 48, right: 16, top: 28, bottom: 36 };
export const INNER_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
export const INNER_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;

interface ChartFrameProps {
  title: string;
  /** What the chart shows in a sentence or two: read by screen readers, and shown under it. */
  summary: string;
  /** How the numbers are defined (the help text). */
  definition: string;
  /** `<product>-<what>-<day>` without the extension. */
  fileStem: string;
  /** The data behind the chart, header row first: the table and the CSV. */
  rows: readonly (readonly string[])[];
  testId: string;
  /** SVG content in a WIDTH × HEIGHT box. */
  children: ReactNode;
}

/** A chart with its title, definition, text summary, data table toggle and CSV/SVG downloads. */
export function ChartFrame({ title, summary, definition, fileStem, rows, testId, children }: ChartFrameProps) {
  const t = useT();
  const id = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const [showTable, setShowTable] = useState(false);
  const download = async (make: () => Blob | Promise<Blob>, extension: string) => {
    try {
      downloadBlob(await make(), `${fileStem}.${extension}`);
    } catch (error) {
      showToast({ tone: 'error', message: describeError(error, t) });
    }
  };
  const [head = [], ...body] = rows;
  return (
    <figure className="analytics__chart" aria-labelledby={`${id}-title`} data-testid={testId}>
      <div className="analytics__head">
        <h3 id={`${id}-title`}>{title}</h3>
        <div className="analytics__actions">
          <button
            type="button"
            className="button"
            aria-expanded={showTable}
            aria-controls={`${id}-table`}
            onClick={() => setShowTable(!showTable)}
          >
            {t(showTable ? 'analytics.chart.hideTable' : 'analytics.chart.showTable', { chart: title })}
          </button>
          <button type="button" className="button" onClick={() => void download(() => csvBlob(rows), 'csv')}>
            {t('analytics.chart.exportCsv', { chart: title })}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => svgRef.current && void download(() => svgBlob(svgRef.current as SVGSVGElement), 'svg')}
          >
            {t('analytics.chart.exportSvg', { chart: title })}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              svgRef.current &&
              void download(
                () =>
                  pngBlob(
                    svgRef.current as SVGSVGElement,
                    getComputedStyle(svgRef.current as SVGSVGElement).getPropertyValue('--surface') || '#ffffff',
                  ),
                'png',
              )
            }
          >
            {t('analytics.chart.exportPng', { chart: title })}
          </button>
        </div>
      </div>
      <p className="analytics__definition">{definition}</p>
      <svg
        ref={svgRef}
        className="analytics__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-labelledby={`${id}-title ${id}-summary`}
      >
        {children}
      </svg>
      <figcaption id={`${id}-summary`} className="analytics__summary" data-testid={`${testId}-summary`}>
        {summary}
      </figcaption>
      {/* Scrolls when long: focusable so keyboard users can scroll it too. */}
      <div
        id={`${id}-table`}
        className="analytics__table"
        hidden={!showTable}
        role="region"
        aria-labelledby={`${id}-title`}
        tabIndex={showTable ? 0 : undefined}
      >
        {showTable && (
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {head.map((cell) => (
                  <th key={cell} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {body.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th key={c} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={c}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </figure>
  );
}
