// One path from roadmap data to a file, shared by the Export dialog and the
// benchmark. Every exporter is imported only when its format is chosen, so
// none of them (nor exceljs, pdf-lib or the fonts) costs anything at start-up.
import type { MarkdownGrouping } from '../../../domain/roadmap/export/markdown';
import type { ExportOptions, RoadmapExportData } from '../../../domain/roadmap/types';
import { translate } from '../../../i18n/translate';
import { exportFileName } from './fileName';
import type { FontSource } from './fonts';
import { exportLabels } from './labels';
import { ensureLocale } from '../../../i18n/translate';

export type ExportStep = 'fonts' | 'building';

export interface ExportExtras {
  /** Markdown only: one table per lane (default) or per horizon. */
  markdownGrouping?: MarkdownGrouping;
  onProgress?: (step: ExportStep) => void;
  /** Where fonts come from; the app's bundled files by default. */
  fonts?: FontSource;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
}

const TEXT_TYPES = {
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
  json: 'application/json',
  html: 'text/html;charset=utf-8',
  svg: 'image/svg+xml',
} as const;

export async function runExport(
  data: RoadmapExportData,
  options: ExportOptions,
  extras: ExportExtras = {},
): Promise<ExportResult> {
  // The file's language may not be the one the app loaded (stage and status names come from the base catalogue).
  await ensureLocale(options.locale);
  const labels = exportLabels(options.locale);
  const fileName = exportFileName(data.product.name, data.today, options.format);
  const step = (name: ExportStep) => extras.onProgress?.(name);
  const text = (content: string, type: string) => ({ blob: new Blob([content], { type }), fileName });

  switch (options.format) {
    case 'csv': {
      step('building');
      const { exportCsv } = await import('../../../domain/roadmap/export/csv');
      return text(exportCsv(data, options, labels), TEXT_TYPES.csv);
    }
    case 'md': {
      step('building');
      const { exportMarkdown } = await import('../../../domain/roadmap/export/markdown');
      return text(exportMarkdown(data, options, labels, extras.markdownGrouping), TEXT_TYPES.md);
    }
    case 'ics': {
      step('building');
      const { exportIcs } = await import('../../../domain/roadmap/export/ics');
      return text(exportIcs(data, options, labels), TEXT_TYPES.ics);
    }
    case 'json': {
      step('building');
      const { exportJson } = await import('../../../domain/roadmap/export/json');
      return text(exportJson(data, options), TEXT_TYPES.json);
    }
    case 'png': {
      step('fonts');
      const [{ timelineLayout, layoutText }, { loadFontSubsets }] = await Promise.all([
        import('../../../domain/roadmap/export/layout'),
        import('./fonts'),
      ]);
      const layout = timelineLayout(data, options, labels);
      const fonts = await loadFontSubsets(layoutText(layout), extras.fonts);
      step('building');
      const { timelinePng } = await import('./png');
      return { blob: await timelinePng(layout, options.theme, fonts, 2), fileName };
    }
    case 'svg': {
      step('fonts');
      const [{ timelineLayout }, { renderTimelineSvg }, { visibleText }, { embeddedFontCss }] = await Promise.all([
        import('../../../domain/roadmap/export/layout'),
        import('../../../domain/roadmap/export/timelineSvg'),
        import('../../../domain/roadmap/export/fontSubsets'),
        import('./fonts'),
      ]);
      const layout = timelineLayout(data, options, labels);
      const plain = renderTimelineSvg(layout, options.theme);
      const fontCss = await embeddedFontCss(visibleText(plain), extras.fonts);
      step('building');
      const svg = renderTimelineSvg(layout, options.theme, { fontCss });
      return text(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, TEXT_TYPES.svg);
    }
    case 'html': {
      step('fonts');
      const [{ exportHtml }, { HTML_PAGE_SCRIPT }, { visibleText }, { embeddedFontCss }, { sha256Base64 }] =
        await Promise.all([
          import('../../../domain/roadmap/export/html'),
          import('../../../domain/roadmap/export/htmlScript'),
          import('../../../domain/roadmap/export/fontSubsets'),
          import('./fonts'),
          import('./encoding'),
        ]);
      const scriptHash = await sha256Base64(HTML_PAGE_SCRIPT);
      const fontCss = await embeddedFontCss(
        visibleText(exportHtml(data, options, labels, { scriptHash })),
        extras.fonts,
      );
      step('building');
      return text(exportHtml(data, options, labels, { scriptHash, fontCss }), TEXT_TYPES.html);
    }
    case 'xlsx': {
      step('building');
      const { exportXlsx } = await import('./xlsx');
      const bytes = await exportXlsx(data, options, labels, {
        initiatives: translate(options.locale, 'roadmap.export.file.initiatives'),
        requirements: translate(options.locale, 'roadmap.export.file.requirements'),
      });
      return {
        blob: new Blob([bytes as BlobPart], {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        }),
        fileName,
      };
    }
    case 'pdf': {
      step('fonts');
      const [{ exportPdf, pdfLayout, pdfText }, { loadFontSubsets }] = await Promise.all([
        import('./pdf'),
        import('./fonts'),
      ]);
      const layout = pdfLayout({ data, options, labels });
      const pageLabel = translate(options.locale, 'roadmap.export.file.page');
      const fonts = await loadFontSubsets(pdfText(layout, pageLabel), extras.fonts, 'woff');
      step('building');
      const bytes = await exportPdf({ data, options, labels, fonts, pageLabel }, layout);
      return { blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }), fileName };
    }
  }
}
