// The timeline as an SVG document: lanes as rows, period columns, a today
// line, bars with title and progress, diamonds for milestones. Pure string
// building, so the same file is the SVG export, the source of the PNG and the
// picture inside the HTML page.
import type { ExportOptions, RoadmapExportData } from '../types';
import type { ExportLabels } from './labels';
import { timelineLayout, type ItemBox, type TimelineLayout } from './layout';
import { EXPORT_FONT_FAMILY, EXPORT_THEMES, type ExportTheme } from './theme';

/** Escapes text for XML content and attribute values. */
export function xmlEscape(value: string): string {
  return (
    value
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Characters XML 1.0 forbids even escaped.
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}

export interface SvgOptions {
  /** @font-face rules (with data: URLs) for the characters used; '' for none. */
  fontCss?: string;
  /**
   * Inline in the HTML page: no XML namespace URL (the HTML parser knows SVG),
   * focusable items, and a group rather than a flat image for assistive tech.
   */
  inline?: boolean;
}

const n = (value: number) => String(Math.round(value * 100) / 100);

function item(box: ItemBox, theme: ExportTheme, fontSize: number, inline: boolean): string {
  const title = `<title>${xmlEscape([box.title, box.statusLabel, `${box.start} – ${box.end}`, box.progressText].filter(Boolean).join(' · '))}</title>`;
  const attrs = `class="item" data-initiative-id="${xmlEscape(box.id)}"${inline ? ' tabindex="0" role="button"' : ''}`;
  const faded = box.status === 'cancelled' ? ' opacity="0.45"' : '';
  if (box.milestone) {
    const r = box.height / 2;
    const diamond = `M${n(box.x)} ${n(box.y - r)}L${n(box.x + r)} ${n(box.y)}L${n(box.x)} ${n(box.y + r)}L${n(box.x - r)} ${n(box.y)}Z`;
    const stroke = box.status === 'at-risk' ? theme.risk : theme.background;
    return `<g ${attrs}${faded}>${title}<path d="${diamond}" fill="${box.color}" stroke="${stroke}" stroke-width="1.5"/><text x="${n(box.labelX)}" y="${n(box.y + fontSize * 0.36)}" fill="${theme.text}">${xmlEscape(box.label)}</text></g>`;
  }
  const parts = [`<g ${attrs}${faded}>`, title];
  const dash = box.status === 'cancelled' ? ' stroke-dasharray="4 3"' : '';
  const stroke =
    box.status === 'at-risk'
      ? ` stroke="${theme.risk}" stroke-width="2"`
      : dash
        ? ` stroke="${theme.text}"${dash}`
        : '';
  parts.push(
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="4" fill="${box.color}"${stroke}/>`,
  );
  if (box.progress !== null && box.progress > 0) {
    const width = Math.max(2, (box.width - 4) * Math.min(box.progress, 1));
    parts.push(
      `<rect x="${n(box.x + 2)}" y="${n(box.y + box.height - 3.5)}" width="${n(width)}" height="2.5" rx="1.25" fill="${box.textColor}" opacity="0.8"/>`,
    );
  }
  if (box.continuesBefore)
    parts.push(
      `<path d="M${n(box.x + 4)} ${n(box.y + box.height / 2 - 4)}l-3 4 3 4" fill="none" stroke="${box.textColor}" stroke-width="1.5"/>`,
    );
  if (box.continuesAfter)
    parts.push(
      `<path d="M${n(box.x + box.width - 4)} ${n(box.y + box.height / 2 - 4)}l3 4-3 4" fill="none" stroke="${box.textColor}" stroke-width="1.5"/>`,
    );
  if (box.label) {
    const fill = box.labelInside ? box.textColor : theme.text;
    const decoration = box.status === 'cancelled' ? ' text-decoration="line-through"' : '';
    parts.push(
      `<text x="${n(box.labelX + (box.continuesBefore && box.labelInside ? 4 : 0))}" y="${n(box.y + box.height / 2 + fontSize * 0.3)}" fill="${fill}"${decoration}>${xmlEscape(box.status === 'done' ? `✓ ${box.label}` : box.label)}</text>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

export function renderTimelineSvg(
  layout: TimelineLayout,
  themeName: 'light' | 'dark',
  svgOptions: SvgOptions = {},
): string {
  const theme = EXPORT_THEMES[themeName];
  const { width, height, fontSize } = layout;
  const inline = svgOptions.inline === true;
  const namespace = inline ? '' : ' xmlns="http://www.w3.org/2000/svg"';
  const role = inline ? 'group' : 'img';
  const out: string[] = [
    `<svg${namespace} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xmlEscape(EXPORT_FONT_FAMILY)}" font-size="${fontSize}" role="${role}" aria-label="${xmlEscape(layout.title)}">`,
  ];
  if (svgOptions.fontCss) out.push(`<defs><style>${svgOptions.fontCss.replace(/<\/?style/gi, '')}</style></defs>`);
  out.push(`<rect width="${width}" height="${height}" fill="${theme.background}"/>`);
  out.push(
    `<text x="${layout.labelX}" y="${layout.titleY}" font-size="20" font-weight="bold" fill="${theme.text}">${xmlEscape(layout.title)}</text>`,
  );
  out.push(
    `<text x="${layout.labelX}" y="${layout.subtitleY}" font-size="12" fill="${theme.muted}">${xmlEscape(layout.subtitle)}</text>`,
  );

  const bodyBottom = layout.bodyY + layout.bodyHeight;
  const right = layout.timelineX + layout.timelineWidth;
  // Header bands: years above, periods below.
  out.push(
    `<rect x="${layout.timelineX}" y="${layout.headerY}" width="${n(layout.timelineWidth)}" height="${layout.band * 2}" fill="${theme.band}"/>`,
  );
  for (const year of layout.years) {
    out.push(
      `<text x="${n(year.x + 6)}" y="${n(layout.headerY + layout.band * 0.7)}" font-weight="bold" fill="${theme.text}">${xmlEscape(year.label)}</text>`,
    );
    out.push(
      `<line x1="${n(year.x)}" y1="${layout.headerY}" x2="${n(year.x)}" y2="${layout.headerY + layout.band}" stroke="${theme.grid}"/>`,
    );
  }
  layout.lanes.forEach((lane, index) => {
    if (index % 2 === 1)
      out.push(
        `<rect x="${layout.labelX}" y="${n(lane.y)}" width="${n(right - layout.labelX)}" height="${n(lane.height)}" fill="${theme.laneAlt}"/>`,
      );
  });
  for (const period of layout.periods) {
    out.push(
      `<text x="${n(period.x + period.width / 2)}" y="${n(layout.headerY + layout.band * 1.7)}" text-anchor="middle" fill="${theme.muted}">${xmlEscape(period.label)}</text>`,
    );
    out.push(
      `<line x1="${n(period.x)}" y1="${layout.headerY + layout.band}" x2="${n(period.x)}" y2="${n(bodyBottom)}" stroke="${theme.grid}"/>`,
    );
  }
  out.push(
    `<line x1="${n(right)}" y1="${layout.headerY}" x2="${n(right)}" y2="${n(bodyBottom)}" stroke="${theme.grid}"/>`,
  );
  for (const lane of layout.lanes) {
    out.push(
      `<rect x="${layout.labelX}" y="${n(lane.y + 4)}" width="4" height="${n(lane.height - 8)}" rx="2" fill="${lane.color}"/>`,
    );
    out.push(
      `<text x="${layout.labelX + 12}" y="${n(lane.y + 22)}" font-size="13" font-weight="bold" fill="${theme.text}"><title>${xmlEscape(lane.name)}</title>${xmlEscape(lane.label)}</text>`,
    );
    out.push(
      `<line x1="${layout.labelX}" y1="${n(lane.y + lane.height)}" x2="${n(right)}" y2="${n(lane.y + lane.height)}" stroke="${theme.grid}"/>`,
    );
  }
  if (layout.today) {
    out.push(
      `<line x1="${n(layout.today.x)}" y1="${layout.headerY + layout.band}" x2="${n(layout.today.x)}" y2="${n(bodyBottom)}" stroke="${theme.today}" stroke-width="2"/>`,
    );
    out.push(
      `<text x="${n(layout.today.x)}" y="${n(bodyBottom + 14)}" text-anchor="middle" font-size="11" fill="${theme.today}">${xmlEscape(layout.today.label)}</text>`,
    );
  }
  for (const box of layout.items) out.push(item(box, theme, fontSize, inline));
  if (layout.unscheduled) {
    const block = layout.unscheduled;
    out.push(
      `<text x="${layout.labelX}" y="${n(block.y + 16)}" font-size="14" font-weight="bold" fill="${theme.text}">${xmlEscape(block.heading)}</text>`,
    );
    for (const column of block.columns) {
      out.push(
        `<text x="${n(column.x)}" y="${n(block.y + 40)}" font-weight="bold" fill="${theme.muted}">${xmlEscape(column.heading)}</text>`,
      );
      for (const entry of column.items) {
        out.push(
          `<g class="item" data-initiative-id="${xmlEscape(entry.id)}"${inline ? ' tabindex="0" role="button"' : ''}><circle cx="${n(column.x + 5)}" cy="${n(entry.y - 4)}" r="4" fill="${entry.color}"/><text x="${n(column.x + 16)}" y="${n(entry.y)}" fill="${theme.text}">${xmlEscape(entry.label)}</text></g>`,
        );
      }
    }
  }
  out.push('</svg>');
  return out.join('\n');
}

export function exportTimelineSvg(
  data: RoadmapExportData,
  options: ExportOptions,
  labels: ExportLabels,
  svgOptions: SvgOptions = {},
): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderTimelineSvg(timelineLayout(data, options, labels), options.theme, svgOptions)}\n`;
}
