// The one way another feature writes a PDF (the review summary): a Markdown
// document laid out in the roadmap export's embedded fonts. Everything it needs
// loads when it is called.
export async function markdownToPdf(markdown: string, meta: { title: string; locale: string }): Promise<Blob> {
  const [{ markdownBlocks }, { loadFontSubsets }, { exportMarkdownPdf }] = await Promise.all([
    import('../../domain/export/markdownBlocks'),
    import('./export/fonts'),
    import('./export/markdownPdf'),
  ]);
  const blocks = markdownBlocks(markdown);
  const fonts = await loadFontSubsets(blocks.map((b) => b.text).join('\n'), undefined, 'woff');
  const bytes = await exportMarkdownPdf({ ...meta, blocks, fonts, generatedAt: new Date().toISOString() });
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}
