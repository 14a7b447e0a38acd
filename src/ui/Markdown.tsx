import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { useMemo } from 'react';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// HTML typed into a description is shown as the text the PM typed, never
// interpreted; DOMPurify then guards whatever Markdown itself produces.
const markdown = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

// Links in user content open outside the app and cannot reach back into it.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

export function renderMarkdown(source: string): string {
  const raw = markdown.parse(source, { async: false });
  return DOMPurify.sanitize(raw, { USE_PROFILES: { html: true } });
}

/** Renders user Markdown, sanitised: a script in a description is text, never code. */
export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // Sanitised by renderMarkdown; React cannot render Markdown any other way.
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
