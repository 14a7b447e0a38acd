import DOMPurify from 'dompurify';
import { useMemo } from 'react';
import { markdownToHtml } from './markdownHtml';

// Links in user content open outside the app and cannot reach back into it.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

export function renderMarkdown(source: string): string {
  // DOMPurify guards whatever Markdown itself produces (links, images).
  return DOMPurify.sanitize(markdownToHtml(source), { USE_PROFILES: { html: true } });
}

/** Renders user Markdown, sanitised: a script in a description is text, never code. */
export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // Sanitised by renderMarkdown; React cannot render Markdown any other way.
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
