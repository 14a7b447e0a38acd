import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { exportFixture, fixtureLabels, fixtureOptions } from '../../../domain/roadmap/export/exportFixture';
import { loadFontSubsets } from './fonts';
import { exportPdf, pdfLayout, pdfText } from './pdf';
import { diskFonts } from './testing/diskFonts';

async function buildPdf(overrides: Parameters<typeof fixtureOptions>[0] = {}, data = exportFixture()) {
  const options = fixtureOptions({ format: 'pdf', ...overrides });
  const layout = pdfLayout({ data, options, labels: fixtureLabels });
  const fonts = await loadFontSubsets(pdfText(layout, 'Page {page} of {pages}'), diskFonts, 'woff');
  const bytes = await exportPdf(
    { data, options, labels: fixtureLabels, pageLabel: 'Page {page} of {pages}', fonts },
    layout,
  );
  return { bytes, fonts };
}

describe('exportPdf', () => {
  it('writes A4 landscape pages that parse back, with the CJK font embedded as subsets', async () => {
    const { bytes, fonts } = await buildPdf();
    expect(fonts.length).toBeGreaterThan(1);
    const doc = await PDFDocument.load(bytes);
    // The timeline, then the page of initiatives that have no dates.
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2);
    for (const page of doc.getPages()) {
      expect(page.getWidth()).toBeCloseTo(841.89, 1);
      expect(page.getHeight()).toBeCloseTo(595.28, 1);
    }
    expect(doc.getTitle()).toBe('Cairn 路线图 / Q3 roadmap');
    // Selectable text: Type 0 fonts with a ToUnicode map and an embedded font program, one per subset.
    const dicts = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object) => object instanceof PDFDict);
    const withToUnicode = dicts.filter((dict) => dict.has(PDFName.of('ToUnicode')));
    const withProgram = dicts.filter((dict) => dict.has(PDFName.of('FontFile2')) || dict.has(PDFName.of('FontFile3')));
    expect(withToUnicode).toHaveLength(fonts.length);
    expect(withProgram).toHaveLength(fonts.length);
    // Subsetting keeps the file small although the font files are larger.
    const fontBytes = fonts.reduce((sum, font) => sum + font.bytes.length, 0);
    expect(bytes.length).toBeLessThan(fontBytes);
  }, 30_000);

  it('uses A3 landscape when asked and splits a long range over more pages', async () => {
    const { bytes } = await buildPdf({ paper: 'a3', from: '2026-01-01', to: '2028-12-31' });
    const doc = await PDFDocument.load(bytes);
    const [first] = doc.getPages();
    expect(first!.getWidth()).toBeCloseTo(1190.55, 1);
    expect(first!.getHeight()).toBeCloseTo(841.89, 1);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2);
  }, 30_000);
});

describe('exportPdf page content', () => {
  it('places every text run and shape origin inside the page', async () => {
    const { inflateSync } = await import('node:zlib');
    const { PDFArray, PDFRawStream } = await import('pdf-lib');
    const { bytes } = await buildPdf({ from: '2026-01-01', to: '2027-12-31' });
    const doc = await PDFDocument.load(bytes);
    const [width, height] = [841.89, 595.28];
    let textRuns = 0;
    let shapes = 0;
    for (const page of doc.getPages()) {
      const contents = page.node.Contents();
      const streams =
        contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
      for (const stream of streams) {
        if (!(stream instanceof PDFRawStream)) continue;
        const content = inflateSync(stream.contents).toString('latin1');
        for (const match of content.matchAll(/1 0 0 1 (-?[\d.]+) (-?[\d.]+) Tm/g)) {
          textRuns += 1;
          expect(Number(match[1])).toBeGreaterThanOrEqual(0);
          expect(Number(match[1])).toBeLessThan(width);
          expect(Number(match[2])).toBeGreaterThanOrEqual(0);
          expect(Number(match[2])).toBeLessThan(height);
        }
        // Shapes are drawn at a translated origin (`1 0 0 1 x y cm`), then sized.
        for (const match of content.matchAll(/1 0 0 1 (-?[\d.]+) (-?[\d.]+) cm/g)) {
          shapes += 1;
          expect(Number(match[1])).toBeGreaterThanOrEqual(-0.01);
          expect(Number(match[1])).toBeLessThanOrEqual(width + 0.01);
          expect(Number(match[2])).toBeGreaterThanOrEqual(-0.01);
          expect(Number(match[2])).toBeLessThanOrEqual(height + 0.01);
        }
      }
    }
    expect(textRuns).toBeGreaterThan(20);
    expect(shapes).toBeGreaterThan(20);
  }, 30_000);
});

describe('exportPdf without dates', () => {
  it('continues a long list of unscheduled initiatives on further pages instead of dropping them', async () => {
    const data = exportFixture();
    for (let i = 0; i < 80; i++) {
      data.initiatives.push({
        ...data.initiatives[4]!,
        id: `later-${i}`,
        title: `Later idea ${i} ${'很长的标题'.repeat(12)}`,
      });
    }
    const short = await PDFDocument.load((await buildPdf()).bytes);
    const long = await PDFDocument.load((await buildPdf({}, data)).bytes);
    expect(long.getPageCount()).toBeGreaterThan(short.getPageCount());
  }, 30_000);
});

describe('exportPdf size', () => {
  it('keeps 500 initiatives with about 2,500 distinct Chinese characters under the 5 MB budget', async () => {
    const data = exportFixture();
    const template = data.initiatives[0]!;
    // Every eighth CJK ideograph: titles spread over most of the font's unicode-range files.
    const ideographs = Array.from({ length: (0x9fa5 - 0x4e00) / 8 }, (_, i) => String.fromCodePoint(0x4e00 + i * 8));
    data.initiatives = Array.from({ length: 500 }, (_, i) => {
      const day = (i * 7) % 700;
      const start = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
      const end = new Date(Date.UTC(2026, 0, 1 + day + 10 + (i % 90))).toISOString().slice(0, 10);
      const title = Array.from({ length: 12 }, (_, k) => ideographs[(i * 12 + k) % ideographs.length]).join('');
      return { ...template, id: `ini-${i}`, laneId: data.lanes[i % 3]!.id, title: `${title} ${i}`, start, end };
    });
    const { bytes, fonts } = await buildPdf({ locale: 'zh-CN', from: '2026-01-01', to: '2027-12-31' }, data);
    expect(fonts.length).toBeGreaterThan(50);
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
  }, 60_000);
});
