// A Markdown document (the review summary) as an A4 portrait PDF: headings and
// wrapped body text in the shipped Noto Sans SC subsets, as the roadmap's PDF.
import type { PDFPage } from 'pdf-lib';
import type { TextBlock } from '../../../domain/export/markdownBlocks';
import type { LoadedSubset } from './fonts';
import { hexColor, TextWriter } from './textWriter';

const [WIDTH, HEIGHT] = [595.28, 841.89];
const MARGIN = 48;
const SIZES = [10, 18, 14, 12, 11, 10, 10];

export interface MarkdownPdfInput {
  title: string;
  blocks: readonly TextBlock[];
  locale: string;
  generatedAt: string;
  fonts: LoadedSubset[];
}

/** Pieces a line may break between: words, and each CJK character (no spaces between them). */
function pieces(text: string): string[] {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .match(
        /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+|\s/g,
      ) ?? []
  );
}

function wrap(text: string, width: (s: string) => number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text)) {
    const next = line + piece;
    if (line.trim() !== '' && width(next.trimEnd()) > max) {
      lines.push(line.trimEnd());
      line = piece.trim() === '' ? '' : piece;
    } else line = next;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

export async function exportMarkdownPdf(input: MarkdownPdfInput): Promise<Uint8Array> {
  const lib = await import('pdf-lib');
  const [{ pdfFontkit }, { woffToSfnt }] = await Promise.all([import('./pdfFontkit'), import('./woff')]);
  const doc = await lib.PDFDocument.create();
  doc.registerFontkit(pdfFontkit);
  doc.setTitle(input.title);
  doc.setCreator('Cairn');
  doc.setProducer('Cairn');
  doc.setLanguage(input.locale);
  doc.setCreationDate(new Date(input.generatedAt));
  const fonts = await Promise.all(
    input.fonts.map(async ({ subset, bytes }) => ({
      subset,
      font: await doc.embedFont(await woffToSfnt(bytes), { subset: true }),
    })),
  );
  const text = new TextWriter(fonts);
  const ink = hexColor(lib, '#1f2933');
  let page: PDFPage = doc.addPage([WIDTH, HEIGHT]);
  let y = HEIGHT - MARGIN;
  for (const block of input.blocks) {
    const size = SIZES[block.level] ?? 10;
    const lineHeight = size * 1.4;
    const before = block.level === 0 ? 2 : size * 0.6;
    for (const [i, line] of wrap(block.text, (s) => text.width(s, size), WIDTH - 2 * MARGIN).entries()) {
      y -= lineHeight + (i === 0 ? before : 0);
      if (y < MARGIN) {
        page = doc.addPage([WIDTH, HEIGHT]);
        y = HEIGHT - MARGIN - lineHeight;
      }
      text.draw(page, line, MARGIN, y, size, ink);
    }
  }
  return doc.save();
}
