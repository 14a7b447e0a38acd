import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdownHtml';

describe('markdownToHtml', () => {
  it('keeps the line breaks between consecutive raw-HTML lines, shown as text', () => {
    expect(markdownToHtml('<div>a</div>\n<div>b</div>')).toBe(
      '<p>&lt;div&gt;a&lt;/div&gt;<br>&lt;div&gt;b&lt;/div&gt;</p>\n',
    );
  });

  it('keeps consecutive raw-HTML blocks apart instead of running them into one line', () => {
    const html = markdownToHtml('<div>a</div>\n\n<div>b</div>\nafter');
    expect(html).toBe('<p>&lt;div&gt;a&lt;/div&gt;</p>\n<p>&lt;div&gt;b&lt;/div&gt;<br>after</p>\n');
  });

  it('escapes HTML inside a paragraph where it is typed, and still breaks lines as Markdown does', () => {
    expect(markdownToHtml('hello <b>x</b>\nline 2')).toBe('<p>hello &lt;b&gt;x&lt;/b&gt;<br>line 2</p>\n');
  });

  it('never lets a raw-HTML block through as markup', () => {
    const html = markdownToHtml('<script>alert(1)</script>\n<img src=x onerror="alert(2)">');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  });
});
