// A self-contained HTML page: one file that opens offline on any laptop or
// phone and shows the timeline with zoom (months, quarters, halves) and
// details on hover, tap or keyboard focus, plus a plain list for small
// screens and screen readers. A Content-Security-Policy forbids every network
// request and pins the one inline script by hash.
import type { ExportOptions, RoadmapExportData } from '../types';
import { htmlCss } from './htmlCss';
import { HTML_PAGE_SCRIPT } from './htmlScript';
import { roadmapJson } from './json';
import { fill, type ExportLabels } from './labels';
import { timelineLayout } from './layout';
import { isDated, percentText, progressShare, selectForExport } from './select';
import { safeColor } from './theme';
import { renderTimelineSvg } from './timelineSvg';

export function htmlEscape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON safe inside <script>: no '<' can close the element, no U+2028/9 breaks old parsers. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface HtmlOptions {
  /**
   * SHA-256 (base64) of HTML_PAGE_SCRIPT, which the CSP pins. Computed by the
   * caller with the platform's crypto: this function stays pure and synchronous.
   */
  scriptHash: string;
  /** @font-face rules with data: URLs, so Chinese renders without installed fonts. */
  fontCss?: string;
}

const LEVELS = ['half', 'quarter', 'month'] as const;

export function exportHtml(
  data: RoadmapExportData,
  options: ExportOptions,
  labels: ExportLabels,
  htmlOptions: HtmlOptions,
): string {
  const selection = selectForExport(data, options);
  const title = fill(labels.title, { product: data.product.name });
  const subtitle = `${fill(labels.exportedOn, { date: data.today })} · ${fill(labels.range, { from: options.from, to: options.to })}`;
  const payload = {
    ...roadmapJson(data, options),
    labels: {
      lane: labels.lane,
      status: labels.status,
      when: labels.when,
      horizon: labels.horizon,
      progress: labels.progress,
      owner: labels.owner,
      requirements: labels.requirements,
      statuses: labels.statuses,
      horizons: labels.horizons,
      levels: { month: labels.html.month, quarter: labels.html.quarterZoom, half: labels.html.halfZoom },
    },
  };
  const figures = LEVELS.map((zoom) => {
    const svg = renderTimelineSvg(timelineLayout(data, { ...options, zoom }, labels), options.theme, { inline: true });
    return `<div class="figure" data-level="${zoom}"${zoom === options.zoom ? '' : ' hidden'}>${svg}</div>`;
  }).join('\n');

  const list = selection.lanes
    .map((lane) => {
      const items = selection.initiatives.filter((item) => item.laneId === lane.id);
      if (items.length === 0) return '';
      const rows = items
        .map((item) => {
          const when = isDated(item)
            ? item.milestone
              ? `◆ ${item.start}`
              : `${item.start} – ${item.end}`
            : labels.horizons[item.horizon];
          const meta = [when, labels.statuses[item.status], percentText(progressShare(item)), item.owner ?? '']
            .filter(Boolean)
            .join(' · ');
          return `<li><button type="button" class="list-item" data-initiative-id="${htmlEscape(item.id)}"><span class="swatch" style="background:${safeColor(item.color)}"></span>${htmlEscape(item.title)}</button><span class="meta">${htmlEscape(meta)}</span></li>`;
        })
        .join('');
      return `<h3><span class="swatch" style="background:${safeColor(lane.color)}"></span>${htmlEscape(lane.name)}</h3><ul>${rows}</ul>`;
    })
    .join('');

  const csp = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `script-src 'sha256-${htmlOptions.scriptHash}'`,
    'font-src data:',
    'img-src data:',
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');

  return `<!doctype html>
<html lang="${options.locale}" data-theme="${options.theme}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Cairn">
<title>${htmlEscape(title)}</title>
<style>${htmlOptions.fontCss ? htmlOptions.fontCss.replace(/<\/?style/gi, '') : ''}
${htmlCss(options.theme)}</style>
</head>
<body>
<header class="page-header">
<h1>${htmlEscape(title)}</h1>
<p class="subtitle">${htmlEscape(subtitle)}</p>
</header>
<main>
<section class="timeline" aria-labelledby="timeline-heading">
<div class="toolbar">
<h2 id="timeline-heading">${htmlEscape(labels.html.timeline)}</h2>
<div class="zoom" role="group" aria-label="${htmlEscape(labels.html.zoomLevel)}">
<button type="button" id="zoom-out" aria-label="${htmlEscape(labels.html.zoomOut)}">−</button>
<output id="zoom-level" aria-live="polite"></output>
<button type="button" id="zoom-in" aria-label="${htmlEscape(labels.html.zoomIn)}">+</button>
</div>
</div>
<p class="hint">${htmlEscape(labels.html.hint)}</p>
<div class="scroller">
${figures}
</div>
</section>
<section class="list" aria-labelledby="list-heading">
<h2 id="list-heading">${htmlEscape(labels.html.list)}</h2>
${list}
</section>
</main>
<aside id="details" class="details" aria-label="${htmlEscape(labels.html.details)}" aria-live="polite" hidden>
<button type="button" id="details-close" class="details-close" aria-label="${htmlEscape(labels.html.close)}">×</button>
<div id="details-body"></div>
</aside>
<script type="application/json" id="roadmap-data">${scriptJson(payload)}</script>
<script>${HTML_PAGE_SCRIPT}</script>
</body>
</html>
`;
}
