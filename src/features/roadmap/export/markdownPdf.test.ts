// The Markdown document PDF (the review summary) as poppler reads and draws it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../../domain/export/markdownBlocks';
import { loadFontSubsets } from './fonts';
import { exportMarkdownPdf } from './markdownPdf';
import { diskFonts } from './testing/diskFonts';
import { differingPixels } from './testing/pixels';
import { pdfWithoutText } from './testing/pdfText';
import { pdfRenderers } from './testing/renderPdf';

const MARKDOWN = [
  '# 复盘汇总 · Travel app',
  '',
  '## 2026 年第 1 季度',
  '',
  '| 结论 | # |',
  '| --- | ---: |',
  '| 达成 | 2 |',
  '| Missed | 1 |',
  '',
  '**达成率:** 67%',
  '',
  '#### Sign in with phone number — Hit',
  '',
  'Most users **finish** in one try. '.repeat(12),
].join('\n');

async function summaryPdf(): Promise<Uint8Array> {
  const blocks = markdownBlocks(MARKDOWN);
  const fonts = await loadFontSubsets(blocks.map((b) => b.text).join('\n'), diskFonts, 'woff');
  return exportMarkdownPdf({
    title: '复盘汇总',
    blocks,
    locale: 'zh-CN',
    generatedAt: '2026-04-02T10:00:00.000Z',
    fonts,
  });
}

function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('a Markdown document as PDF', () => {
  it('keeps headings and table rows as text, without the markup', () => {
    expect(markdownBlocks(MARKDOWN).slice(0, 5)).toEqual([
      { level: 1, text: '复盘汇总 · Travel app' },
      { level: 2, text: '2026 年第 1 季度' },
      { level: 0, text: '结论 · #' },
      { level: 0, text: '达成 · 2' },
      { level: 0, text: 'Missed · 1' },
    ]);
  });

  it.skipIf(!hasPoppler())('reads back through poppler with its Chinese and wrapped English text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-md-pdf-'));
    const file = join(dir, 'summary.pdf');
    writeFileSync(file, await summaryPdf());
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('复盘汇总 · Travel app');
    expect(text).toContain('达成 · 2');
    expect(text).toContain('达成率: 67%');
    expect(text).not.toContain('**');
    // Twelve sentences do not fit one line of A4: the paragraph wraps onto several.
    const lines = text.split('\n').filter((l) => l.includes('Most users'));
    expect(lines.length).toBeGreaterThan(2);
  });

  for (const renderer of pdfRenderers()) {
    it(`${renderer.name} draws its glyphs`, async () => {
      const pdf = await summaryPdf();
      expect(differingPixels(renderer.render(pdf, 50), renderer.render(await pdfWithoutText(pdf), 50))).toBeGreaterThan(
        500,
      );
    });
  }
});
