// PNG of the timeline, drawn on a canvas at 2× for crisp text on slides.
// Why not draw the SVG export through an <img>: an SVG image loads its
// data: fonts asynchronously and Chrome fires `load` before they are ready, so
// the text came out blank on machines without CJK fonts. Here the shipped font
// subsets are registered as FontFaces and awaited before any text is drawn.
import type { TimelineLayout } from '../../../domain/roadmap/export/layout';
import { EXPORT_THEMES } from '../../../domain/roadmap/export/theme';
import type { LoadedSubset } from './fonts';

const FAMILY = 'Cairn Export Sans';
const registered = new Set<string>();

async function registerFonts(fonts: readonly LoadedSubset[]): Promise<void> {
  await Promise.all(
    fonts
      .filter(({ subset }) => !registered.has(subset.file))
      .map(async ({ subset, bytes }) => {
        const face = new FontFace(FAMILY, bytes.slice().buffer, { unicodeRange: subset.unicodeRange, weight: '400' });
        await face.load();
        document.fonts.add(face);
        registered.add(subset.file);
      }),
  );
}

export async function timelinePng(
  layout: TimelineLayout,
  themeName: 'light' | 'dark',
  fonts: readonly LoadedSubset[],
  scale = 2,
): Promise<Blob> {
  await registerFonts(fonts);
  const theme = EXPORT_THEMES[themeName];
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(layout.width * scale);
  canvas.height = Math.ceil(layout.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2D is not available');
  ctx.scale(scale, scale);

  const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px '${FAMILY}', sans-serif`;
  const text = (
    value: string,
    x: number,
    y: number,
    color: string,
    size = layout.fontSize,
    options: { bold?: boolean; align?: CanvasTextAlign } = {},
  ) => {
    ctx.font = font(size, options.bold);
    ctx.fillStyle = color;
    ctx.textAlign = options.align ?? 'left';
    ctx.fillText(value, x, y);
  };
  const rect = (x: number, y: number, w: number, h: number, color: string) => {
    ctx.fillStyle = color;
    ctx.fillRect(x, y, w, h);
  };
  const line = (x1: number, y1: number, x2: number, y2: number, color: string, width = 1) => {
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  };

  const bodyBottom = layout.bodyY + layout.bodyHeight;
  const right = layout.timelineX + layout.timelineWidth;
  rect(0, 0, layout.width, layout.height, theme.background);
  text(layout.title, layout.labelX, layout.titleY, theme.text, 20, { bold: true });
  text(layout.subtitle, layout.labelX, layout.subtitleY, theme.muted, 12);
  rect(layout.timelineX, layout.headerY, layout.timelineWidth, layout.band * 2, theme.band);
  for (const year of layout.years) {
    text(year.label, year.x + 6, layout.headerY + layout.band * 0.7, theme.text, layout.fontSize, { bold: true });
    line(year.x, layout.headerY, year.x, layout.headerY + layout.band, theme.grid);
  }
  layout.lanes.forEach((lane, index) => {
    if (index % 2 === 1) rect(layout.labelX, lane.y, right - layout.labelX, lane.height, theme.laneAlt);
  });
  for (const period of layout.periods) {
    text(period.label, period.x + period.width / 2, layout.headerY + layout.band * 1.7, theme.muted, layout.fontSize, {
      align: 'center',
    });
    line(period.x, layout.headerY + layout.band, period.x, bodyBottom, theme.grid);
  }
  line(right, layout.headerY, right, bodyBottom, theme.grid);
  for (const lane of layout.lanes) {
    ctx.fillStyle = lane.color;
    ctx.beginPath();
    ctx.roundRect(layout.labelX, lane.y + 4, 4, lane.height - 8, 2);
    ctx.fill();
    text(lane.label, layout.labelX + 12, lane.y + 22, theme.text, 13, { bold: true });
    line(layout.labelX, lane.y + lane.height, right, lane.y + lane.height, theme.grid);
  }
  if (layout.today) {
    line(layout.today.x, layout.headerY + layout.band, layout.today.x, bodyBottom, theme.today, 2);
    text(layout.today.label, layout.today.x, bodyBottom + 14, theme.today, 11, { align: 'center' });
  }
  for (const item of layout.items) {
    ctx.globalAlpha = item.status === 'cancelled' ? 0.45 : 1;
    if (item.milestone) {
      const r = item.height / 2;
      ctx.fillStyle = item.color;
      ctx.strokeStyle = item.status === 'at-risk' ? theme.risk : theme.background;
      ctx.lineWidth = 1.5;
      const diamond = new Path2D(
        `M${item.x} ${item.y - r}L${item.x + r} ${item.y}L${item.x} ${item.y + r}L${item.x - r} ${item.y}Z`,
      );
      ctx.fill(diamond);
      ctx.stroke(diamond);
      text(item.label, item.labelX, item.y + layout.fontSize * 0.36, theme.text);
      ctx.globalAlpha = 1;
      continue;
    }
    ctx.fillStyle = item.color;
    ctx.beginPath();
    ctx.roundRect(item.x, item.y, item.width, item.height, 4);
    ctx.fill();
    if (item.status === 'at-risk') {
      ctx.strokeStyle = theme.risk;
      ctx.lineWidth = 2;
      ctx.stroke();
    } else if (item.status === 'cancelled') {
      ctx.setLineDash([4, 3]);
      ctx.strokeStyle = theme.text;
      ctx.lineWidth = 1;
      ctx.stroke();
      ctx.setLineDash([]);
    }
    if (item.progress !== null && item.progress > 0) {
      ctx.globalAlpha *= 0.8;
      ctx.fillStyle = item.textColor;
      ctx.beginPath();
      ctx.roundRect(
        item.x + 2,
        item.y + item.height - 3.5,
        Math.max(2, (item.width - 4) * Math.min(item.progress, 1)),
        2.5,
        1.25,
      );
      ctx.fill();
      ctx.globalAlpha = item.status === 'cancelled' ? 0.45 : 1;
    }
    ctx.strokeStyle = item.textColor;
    ctx.lineWidth = 1.5;
    if (item.continuesBefore) ctx.stroke(new Path2D(`M${item.x + 4} ${item.y + item.height / 2 - 4}l-3 4 3 4`));
    if (item.continuesAfter)
      ctx.stroke(new Path2D(`M${item.x + item.width - 4} ${item.y + item.height / 2 - 4}l3 4-3 4`));
    if (item.label) {
      const label = item.status === 'done' ? `✓ ${item.label}` : item.label;
      const x = item.labelX + (item.continuesBefore && item.labelInside ? 4 : 0);
      text(label, x, item.y + item.height / 2 + layout.fontSize * 0.3, item.labelInside ? item.textColor : theme.text);
    }
    ctx.globalAlpha = 1;
  }
  if (layout.unscheduled) {
    const block = layout.unscheduled;
    text(block.heading, layout.labelX, block.y + 16, theme.text, 14, { bold: true });
    for (const column of block.columns) {
      text(column.heading, column.x, block.y + 40, theme.muted, layout.fontSize, { bold: true });
      for (const entry of column.items) {
        ctx.fillStyle = entry.color;
        ctx.beginPath();
        ctx.arc(column.x + 5, entry.y - 4, 4, 0, Math.PI * 2);
        ctx.fill();
        text(entry.label, column.x + 16, entry.y, theme.text);
      }
    }
  }
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image is too large to encode'))),
      'image/png',
    );
  });
}
