// The roadmap PDF as a reader sees it: the demo roadmap exported from the app,
// page 1 drawn by pdf.js, and compared with the same page with its text left out.
// A font subset without outlines still parses and still extracts as text; only a
// render shows that no glyph was drawn.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { differingPixels } from '../src/features/roadmap/export/testing/pixels';
import { glyphsOnPage, pdfWithoutText } from '../src/features/roadmap/export/testing/pdfText';
import { openBoard, openView } from './support/board';
import { renderWithPdfJs } from './support/pdfjs';

const DPI = 50;
// About 6 pixels per glyph when the text draws at 50 dpi (as poppler and Ghostscript); well under 1 when it does not.
const MIN_PIXELS_PER_GLYPH = 3;

const NAMES = {
  'en-US': { roadmap: 'Roadmap', export: 'Export', dialog: 'Export roadmap', pdf: 'PDF document' },
  'zh-CN': { roadmap: '路线图', export: '导出', dialog: '导出路线图', pdf: 'PDF 文档' },
} as const;

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`roadmap PDF in ${locale}`, () => {
    test.use({ locale });
    test.setTimeout(90_000);

    test('pdf.js draws the text of page 1', async ({ page, context }) => {
      const names = NAMES[locale];
      await openBoard(page);
      await openView(page, names.roadmap);
      await expect(page.getByTestId('initiative-bar').first()).toBeVisible();
      await page.getByRole('button', { name: names.export, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: names.dialog });
      await dialog.getByRole('radio', { name: names.pdf }).check();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: names.export, exact: true }).click(),
      ]);
      const pdf = new Uint8Array(await readFile(await download.path()));

      const glyphs = await glyphsOnPage(pdf);
      expect(glyphs).toBeGreaterThan(100);
      const withText = await renderWithPdfJs(context, pdf, DPI);
      const withoutText = await renderWithPdfJs(context, await pdfWithoutText(pdf), DPI);
      expect(withText.warnings.filter((warning) => /font|glyf|TT:/i.test(warning))).toEqual([]);
      expect(differingPixels(withText.raster, withoutText.raster) / glyphs).toBeGreaterThanOrEqual(
        MIN_PIXELS_PER_GLYPH,
      );
    });
  });
}
