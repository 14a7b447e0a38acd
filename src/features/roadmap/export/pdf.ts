// The PDF: A4 or A3 landscape pages with the title and date in the header,
// the timeline split across pages by time without cutting a bar (see
// domain/roadmap/export/pdfPages.ts), and real, selectable text in the shipped
// Noto Sans SC, embedded as subsets so the file stays small. The fonts come in
// as WOFF 1 (see fonts.ts) and are subset by upstream fontkit (see pdfFontkit.ts).
import type { PDFDocument, PDFPage } from 'pdf-lib';
import type { ExportLabels } from '../../../domain/roadmap/export/labels';
import { layoutText, timelineLayout, type TimelineLayout } from '../../../domain/roadmap/export/layout';
import { paginateTimeline, type PdfPageBox } from '../../../domain/roadmap/export/pdfPages';
import { EXPORT_THEMES } from '../../../domain/roadmap/export/theme';
import { fill } from '../../../domain/roadmap/export/labels';
import type { ExportOptions, RoadmapExportData } from '../../../domain/roadmap/types';
import type { LoadedSubset } from './fonts';
import { hexColor, TextWriter } from './textWriter';

export const PAPER_SIZES = { a4: [841.89, 595.28], a3: [1190.55, 841.89] } as const;
const MARGIN = 28;
const HEADER = 54;
const FOOTER = 22;
const UNSCHEDULED_ROW = 16;

/** All text the PDF will draw (the timeline and the page footer), so the right font subsets can be loaded first. */
export function pdfText(layout: TimelineLayout, pageLabel: string): string {
  return `${layoutText(layout)} ${pageLabel} 0123456789`;
}

export interface PdfInput {
  data: RoadmapExportData;
  options: ExportOptions;
  labels: ExportLabels;
  pageLabel: string;
  /** The WOFF 1 files that cover the text: `loadFontSubsets(pdfText(…), source, 'woff')`. */
  fonts: LoadedSubset[];
}

export function pdfLayout(input: Pick<PdfInput, 'data' | 'options' | 'labels'>): TimelineLayout {
  return timelineLayout(input.data, input.options, input.labels);
}

export async function exportPdf(input: PdfInput, layout = pdfLayout(input)): Promise<Uint8Array> {
  const lib = await import('pdf-lib');
  const [{ pdfFontkit }, { woffToSfnt }] = await Promise.all([import('./pdfFontkit'), import('./woff')]);
  const { options } = input;
  const doc: PDFDocument = await lib.PDFDocument.create();
  doc.registerFontkit(pdfFontkit);
  doc.setTitle(layout.title);
  doc.setCreator('Cairn');
  doc.setProducer('Cairn');
  doc.setLanguage(options.locale);
  doc.setCreationDate(new Date(input.data.generatedAt));
  const fonts = await Promise.all(
    input.fonts.map(async ({ subset, bytes }) => ({
      subset,
      font: await doc.embedFont(await woffToSfnt(bytes), { subset: true }),
    })),
  );
  const text = new TextWriter(fonts);
  const theme = EXPORT_THEMES[options.theme];
  const c = (hex: string) => hexColor(lib, hex);
  const [pageWidth, pageHeight] = PAPER_SIZES[options.paper];
  const areaWidth = pageWidth - 2 * MARGIN;
  const areaTop = pageHeight - MARGIN - HEADER;
  const areaHeight = areaTop - MARGIN - FOOTER;
  const { scale, pages: boxes } = paginateTimeline(layout, areaWidth, areaHeight);
  // Initiatives without dates: a list in three columns (Now, Next, Later), continued on as many pages as it needs.
  const listTop = areaTop - 58;
  const rowsPerPage = Math.max(1, Math.floor((listTop - (MARGIN + FOOTER)) / UNSCHEDULED_ROW) + 1);
  const longestList = Math.max(0, ...(layout.unscheduled?.columns.map((column) => column.items.length) ?? []));
  const extra = layout.unscheduled ? Math.max(1, Math.ceil(longestList / rowsPerPage)) : 0;
  const pageCount = boxes.length + extra;

  const newPage = (index: number): PDFPage => {
    const page = doc.addPage([pageWidth, pageHeight]);
    page.drawRectangle({ x: 0, y: 0, width: pageWidth, height: pageHeight, color: c(theme.background) });
    text.draw(page, layout.title, MARGIN, pageHeight - MARGIN - 16, 16, c(theme.text));
    text.draw(page, layout.subtitle, MARGIN, pageHeight - MARGIN - 34, 9, c(theme.muted));
    text.draw(
      page,
      fill(input.pageLabel, { page: index + 1, pages: pageCount }),
      pageWidth - MARGIN,
      MARGIN - 4,
      8,
      c(theme.muted),
      'right',
    );
    return page;
  };

  boxes.forEach((box, index) => drawTimelinePage(newPage(index), box));
  for (let i = 0; i < extra; i++) drawUnscheduled(newPage(boxes.length + i), i * rowsPerPage);
  return doc.save();

  function drawTimelinePage(page: PDFPage, box: PdfPageBox) {
    const labelWidth = layout.labelWidth * scale;
    const left = MARGIN;
    const timelineLeft = MARGIN + labelWidth;
    const X = (x: number) => timelineLeft + (x - box.x0) * scale;
    const headerTop = areaTop;
    const band = layout.band * scale;
    const bodyTop = headerTop - 2 * band - 4 * scale;
    const firstLaneY = box.lanes[0]?.y ?? layout.bodyY;
    const Y = (y: number) => bodyTop - (y - firstLaneY) * scale;
    const bodyHeight = box.lanes.reduce((sum, lane) => sum + lane.height, 0) * scale;
    const sliceLeft = Math.max(box.x0, layout.timelineX);
    const sliceRight = Math.min(box.x1, layout.timelineX + layout.timelineWidth);
    const size = layout.fontSize * scale;

    page.drawRectangle({
      x: X(sliceLeft),
      y: headerTop - 2 * band,
      width: (sliceRight - sliceLeft) * scale,
      height: 2 * band,
      color: c(theme.band),
    });
    for (const lane of box.lanes) {
      const index = layout.lanes.indexOf(lane);
      if (index % 2 === 1)
        page.drawRectangle({
          x: left,
          y: Y(lane.y + lane.height),
          width: labelWidth + (sliceRight - sliceLeft) * scale,
          height: lane.height * scale,
          color: c(theme.laneAlt),
        });
    }
    for (const year of layout.years) {
      const x0 = Math.max(year.x, sliceLeft);
      const x1 = Math.min(year.x + year.width, sliceRight);
      if (x1 <= x0) continue;
      text.draw(page, year.label, X(x0) + 4 * scale, headerTop - band * 0.7, size, c(theme.text));
      page.drawLine({
        start: { x: X(x0), y: headerTop },
        end: { x: X(x0), y: headerTop - band },
        thickness: 0.5,
        color: c(theme.grid),
      });
    }
    for (const period of layout.periods) {
      if (period.x < sliceLeft - 1e-3 || period.x + period.width > sliceRight + 1e-3) continue;
      text.draw(
        page,
        period.label,
        X(period.x + period.width / 2),
        headerTop - band * 1.7,
        size,
        c(theme.muted),
        'center',
      );
      page.drawLine({
        start: { x: X(period.x), y: headerTop - band },
        end: { x: X(period.x), y: bodyTop - bodyHeight },
        thickness: 0.5,
        color: c(theme.grid),
      });
    }
    page.drawLine({
      start: { x: X(sliceRight), y: headerTop },
      end: { x: X(sliceRight), y: bodyTop - bodyHeight },
      thickness: 0.5,
      color: c(theme.grid),
    });
    for (const lane of box.lanes) {
      page.drawRectangle({
        x: left,
        y: Y(lane.y + lane.height - 4),
        width: 3 * scale,
        height: (lane.height - 8) * scale,
        color: c(lane.color),
      });
      text.draw(page, lane.label, left + 12 * scale, Y(lane.y + 22), 13 * scale, c(theme.text));
      page.drawLine({
        start: { x: left, y: Y(lane.y + lane.height) },
        end: { x: X(sliceRight), y: Y(lane.y + lane.height) },
        thickness: 0.5,
        color: c(theme.grid),
      });
    }
    if (layout.today && layout.today.x >= sliceLeft && layout.today.x <= sliceRight) {
      page.drawLine({
        start: { x: X(layout.today.x), y: headerTop - band },
        end: { x: X(layout.today.x), y: bodyTop - bodyHeight },
        thickness: 1.5,
        color: c(theme.today),
      });
      text.draw(
        page,
        layout.today.label,
        X(layout.today.x),
        bodyTop - bodyHeight - 10 * scale,
        11 * scale,
        c(theme.today),
        'center',
      );
    }
    for (const item of box.items) {
      const opacity = item.status === 'cancelled' ? 0.45 : 1;
      if (item.milestone) {
        const r = (item.height / 2) * scale;
        page.drawSvgPath(`M 0 ${-r} L ${r} 0 L 0 ${r} L ${-r} 0 Z`, {
          x: X(item.x),
          y: Y(item.y),
          color: c(item.color),
          borderColor: c(item.status === 'at-risk' ? theme.risk : theme.background),
          borderWidth: 1,
          opacity,
        });
        text.draw(page, item.label, X(item.labelX), Y(item.y) - size * 0.36, size, c(theme.text));
        continue;
      }
      page.drawRectangle({
        x: X(item.x),
        y: Y(item.y + item.height),
        width: item.width * scale,
        height: item.height * scale,
        color: c(item.color),
        opacity,
        ...(item.status === 'at-risk' ? { borderColor: c(theme.risk), borderWidth: 1.5 } : {}),
      });
      if (item.progress !== null && item.progress > 0) {
        page.drawRectangle({
          x: X(item.x + 2),
          y: Y(item.y + item.height - 1),
          width: Math.max(1, (item.width - 4) * Math.min(item.progress, 1) * scale),
          height: 2.5 * scale,
          color: c(item.textColor),
          opacity: 0.8,
        });
      }
      if (item.label) {
        const label = item.status === 'done' ? `✓ ${item.label}` : item.label;
        text.draw(
          page,
          label,
          X(item.labelX),
          Y(item.y + item.height / 2) - size * 0.3,
          size,
          c(item.labelInside ? item.textColor : theme.text),
        );
      }
    }
  }

  function drawUnscheduled(page: PDFPage, firstRow: number) {
    const block = layout.unscheduled!;
    const top = areaTop;
    text.draw(page, block.heading, MARGIN, top - 14, 14, c(theme.text));
    const columnWidth = areaWidth / block.columns.length;
    block.columns.forEach((column, index) => {
      const x = MARGIN + index * columnWidth;
      text.draw(page, column.heading, x, top - 38, 11, c(theme.muted));
      column.items.slice(firstRow, firstRow + rowsPerPage).forEach((item, row) => {
        const y = listTop - row * UNSCHEDULED_ROW;
        page.drawCircle({ x: x + 4, y: y + 3.5, size: 3.5, color: c(item.color) });
        text.draw(page, text.fit(item.title, 10, columnWidth - 24), x + 14, y, 10, c(theme.text));
      });
    });
  }
}
