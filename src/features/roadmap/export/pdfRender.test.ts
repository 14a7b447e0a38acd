// The exported PDF as readers draw it: page 1 rendered by poppler (pdftoppm, behind
// most Linux viewers) and Ghostscript (print pipelines), compared with the same page
// with its text left out. Subsets without usable outlines still parse and still
// extract as text, so only a render shows that the glyphs are missing.
import { describe, expect, it } from 'vitest';
import { exportFixture, fixtureOptions } from '../../../domain/roadmap/export/exportFixture';
import { runExport } from './runExport';
import { diskFonts } from './testing/diskFonts';
import { differingPixels } from './testing/pixels';
import { glyphsByFont, pdfWithoutText } from './testing/pdfText';
import { pdfRenderers, type PdfRenderer } from './testing/renderPdf';

const DPI = 50;
// Measured at 50 dpi: about 6–7.5 pixels per glyph when the text draws, 0.2–0.5
// with the broken subsets; Chromium printing the SVG export draws about 6.
const MIN_PIXELS_PER_GLYPH = 3;
// A font with fewer glyphs on the page is too small a sample to judge alone.
const MIN_GLYPHS_PER_FONT = 5;

async function exportedPdf(locale: 'en' | 'zh-CN'): Promise<Uint8Array> {
  const data = exportFixture();
  // 乍 and 寒 come from noto-sans-sc-101, whose cmap fontkit's own inflater misreads.
  data.initiatives.push({
    ...data.initiatives[0]!,
    id: 'ini-rare',
    laneId: 'lane-empty',
    title: '乍暖还寒 Spring pilot',
    start: '2026-05-01',
    end: '2026-10-31',
  });
  const { blob } = await runExport(data, fixtureOptions({ format: 'pdf', locale }), { fonts: diskFonts });
  return new Uint8Array(await blob.arrayBuffer());
}

function textPixels(renderer: PdfRenderer, pdf: Uint8Array, bare: Uint8Array): number {
  return differingPixels(renderer.render(pdf, DPI), renderer.render(bare, DPI));
}

const renderers = pdfRenderers();

describe('exported PDF rendered by poppler and Ghostscript', () => {
  if (renderers.length === 0) {
    it.skip('draws its text (skipped: neither pdftoppm nor gs is installed; CI installs poppler-utils and ghostscript)', () => {});
  }
  for (const locale of ['en', 'zh-CN'] as const) {
    for (const renderer of renderers) {
      it(`${renderer.name} draws every glyph of page 1 (${locale})`, async () => {
        const pdf = await exportedPdf(locale);
        const bare = await pdfWithoutText(pdf);
        const byFont = await glyphsByFont(pdf);
        const glyphs = [...byFont.values()].reduce((sum, count) => sum + count, 0);
        expect(glyphs).toBeGreaterThan(150);
        expect(textPixels(renderer, pdf, bare) / glyphs).toBeGreaterThanOrEqual(MIN_PIXELS_PER_GLYPH);
        // Each embedded subset on its own, so one font file without outlines cannot hide among the others.
        for (const [font, count] of byFont) {
          if (count < MIN_GLYPHS_PER_FONT) continue;
          const only = await pdfWithoutText(pdf, (name) => name === font);
          expect(textPixels(renderer, only, bare) / count, `font ${font}, ${count} glyphs`).toBeGreaterThanOrEqual(
            MIN_PIXELS_PER_GLYPH,
          );
        }
      }, 60_000);
    }
  }
});
