// Text in the embedded font subsets, shared by the roadmap's PDF and the
// Markdown documents written as PDF (the review summary).
import type { PDFFont, PDFPage, RGB } from 'pdf-lib';
import { covers, type FontSubset } from '../../../domain/roadmap/export/fontSubsets';

type PdfLib = typeof import('pdf-lib');

/** Draws text in runs, each in the embedded subset that holds its characters. */
export class TextWriter {
  private fonts: { subset: FontSubset; font: PDFFont }[];
  constructor(fonts: { subset: FontSubset; font: PDFFont }[]) {
    this.fonts = fonts;
  }

  private fontFor(char: string): PDFFont | null {
    const code = char.codePointAt(0)!;
    for (let i = this.fonts.length - 1; i >= 0; i--)
      if (covers(this.fonts[i]!.subset, code)) return this.fonts[i]!.font;
    return null;
  }

  runs(text: string): { text: string; font: PDFFont }[] {
    const runs: { text: string; font: PDFFont }[] = [];
    for (const char of text.replace(/\s+/g, ' ')) {
      const font = this.fontFor(char);
      if (!font) continue; // a character no shipped subset has: left out rather than drawn as a box
      const last = runs[runs.length - 1];
      if (last && last.font === font) last.text += char;
      else runs.push({ text: char, font });
    }
    return runs;
  }

  width(text: string, size: number): number {
    return this.runs(text).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
  }

  /** The text, cut with an ellipsis where it would pass `maxWidth` in the real font. */
  fit(text: string, size: number, maxWidth: number): string {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    if (this.width(oneLine, size) <= maxWidth) return oneLine;
    const chars = [...oneLine];
    let low = 0;
    let high = chars.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (this.width(`${chars.slice(0, mid).join('')}…`, size) <= maxWidth) low = mid;
      else high = mid - 1;
    }
    return low === 0 ? '' : `${chars.slice(0, low).join('').trimEnd()}…`;
  }

  draw(
    page: PDFPage,
    text: string,
    x: number,
    y: number,
    size: number,
    color: RGB,
    align: 'left' | 'center' | 'right' = 'left',
  ) {
    let cursor =
      align === 'left' ? x : align === 'center' ? x - this.width(text, size) / 2 : x - this.width(text, size);
    for (const run of this.runs(text)) {
      page.drawText(run.text, { x: cursor, y, size, font: run.font, color });
      cursor += run.font.widthOfTextAtSize(run.text, size);
    }
  }
}

export function hexColor(lib: PdfLib, hex: string): RGB {
  return lib.rgb(
    parseInt(hex.slice(1, 3), 16) / 255,
    parseInt(hex.slice(3, 5), 16) / 255,
    parseInt(hex.slice(5, 7), 16) / 255,
  );
}
