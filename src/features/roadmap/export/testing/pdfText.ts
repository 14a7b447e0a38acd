// Test helpers that look at an exported PDF's page content: the text runs each
// font draws, and the same PDF with some or all text left out, so renders of
// the two can be compared pixel by pixel. They read pdf-lib's own output: text
// in `BT … ET` blocks, one font each, glyphs as 4-digit hex codes (Identity-H).
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFPage } from 'pdf-lib';

const TEXT_BLOCK = /\bBT\b[\s\S]*?\bET\b/g;
const latin1 = new TextDecoder('latin1');

function pageContent(doc: PDFDocument, page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  return streams
    .filter((stream) => stream instanceof PDFRawStream)
    .map((stream) => latin1.decode(decodePDFRawStream(stream).decode()))
    .join('\n');
}

/** The embedded font a text block uses, named by its object (a page has one resource name per draw call). */
function blockFont(page: PDFPage, block: string): string {
  const name = /\/([^\s/]+)\s+[\d.]+\s+Tf/.exec(block)?.[1];
  const fonts = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
  const ref = name ? fonts?.get(PDFName.of(name)) : undefined;
  return ref?.toString() ?? 'unknown';
}

function blockGlyphs(block: string): number {
  let glyphs = 0;
  for (const [, hex] of block.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) glyphs += hex!.length / 4;
  return glyphs;
}

/** How many glyphs page `index` draws in each embedded font. */
export async function glyphsByFont(bytes: Uint8Array, index = 0): Promise<Map<string, number>> {
  const doc = await PDFDocument.load(bytes);
  const page = doc.getPage(index);
  const counts = new Map<string, number>();
  for (const block of pageContent(doc, page).match(TEXT_BLOCK) ?? []) {
    const font = blockFont(page, block);
    counts.set(font, (counts.get(font) ?? 0) + blockGlyphs(block));
  }
  return counts;
}

/** How many glyphs page `index` draws. */
export async function glyphsOnPage(bytes: Uint8Array, index = 0): Promise<number> {
  return [...(await glyphsByFont(bytes, index)).values()].reduce((sum, glyphs) => sum + glyphs, 0);
}

/**
 * The same PDF with the text blocks left out of every page, except those in a
 * font `keep` names; shapes, fonts and metadata stay as they were.
 */
export async function pdfWithoutText(
  bytes: Uint8Array,
  keep: (font: string) => boolean = () => false,
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes);
  for (const page of doc.getPages()) {
    const content = pageContent(doc, page).replace(TEXT_BLOCK, (block) => (keep(blockFont(page, block)) ? block : ''));
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(content)));
  }
  return doc.save();
}
