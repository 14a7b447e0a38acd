// Markdown to HTML for descriptions, before sanitising (Markdown.tsx). Apart
// from DOMPurify so it runs, and is tested, without a DOM.
import { Marked } from 'marked';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// HTML typed into a description is shown as the text the PM typed, never interpreted.
const markdown = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    // A block of HTML becomes a paragraph of its text: escaped bare, its line breaks would collapse
    // into spaces and two blocks in a row would run together on one line.
    html: ({ text, block }) =>
      block ? `<p>${escapeHtml(text.replace(/\n+$/, '')).replace(/\n/g, '<br>')}</p>\n` : escapeHtml(text),
  },
});

/** The HTML of a Markdown source, with any HTML in it shown as text; still to be sanitised. */
export function markdownToHtml(source: string): string {
  return markdown.parse(source, { async: false });
}
