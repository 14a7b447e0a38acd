// A Markdown document as plain blocks of text (headings, paragraphs, list items,
// table rows), for writers that lay text out themselves (the PDF). Inline markup
// is dropped, its text kept.
import { lexer, type Token } from 'marked';

export interface TextBlock {
  /** 1–6 for a heading, 0 for body text. */
  level: number;
  text: string;
}

function plain(tokens: readonly Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  return tokens
    .map((t) => {
      if ('tokens' in t && Array.isArray(t.tokens)) return plain(t.tokens, 'text' in t ? String(t.text) : '');
      if (t.type === 'br') return ' ';
      return 'text' in t ? String(t.text) : '';
    })
    .join('');
}

function blocksOf(tokens: readonly Token[], out: TextBlock[]): void {
  for (const t of tokens) {
    if (t.type === 'heading') out.push({ level: t.depth, text: plain(t.tokens, t.text) });
    else if (t.type === 'paragraph' || t.type === 'text') out.push({ level: 0, text: plain(t.tokens, t.text) });
    else if (t.type === 'code') out.push({ level: 0, text: t.text });
    else if (t.type === 'list')
      for (const item of t.items) {
        const inner: TextBlock[] = [];
        blocksOf(item.tokens, inner);
        inner.forEach((b, i) => out.push(i === 0 ? { ...b, text: `• ${b.text}` } : b));
      }
    else if (t.type === 'table') {
      const row = (cells: { tokens: Token[]; text: string }[]) => cells.map((c) => plain(c.tokens, c.text)).join(' · ');
      out.push({ level: 0, text: row(t.header) });
      for (const cells of t.rows) out.push({ level: 0, text: row(cells) });
    } else if (t.type === 'blockquote') blocksOf(t.tokens ?? [], out);
  }
}

export function markdownBlocks(markdown: string): TextBlock[] {
  const out: TextBlock[] = [];
  blocksOf(lexer(markdown), out);
  return out.filter((b) => b.text.trim() !== '');
}
