import { describe, expect, it } from 'vitest';
import { exportFixture, fixtureLabels, fixtureOptions } from './exportFixture';
import { exportMarkdown, markdownText } from './markdown';

/** Splits a GFM table row on unescaped pipes. */
function cells(row: string): string[] {
  const parts = row
    .trim()
    .slice(1, -1)
    .split(/(?<!\\)\|/);
  return parts.map((part) => part.trim());
}

function tables(markdown: string): string[][] {
  return markdown
    .split('\n\n')
    .filter((block) => block.startsWith('|'))
    .map((block) => block.trimEnd().split('\n'));
}

describe('exportMarkdown', () => {
  it('writes a heading and a table per lane, skipping lanes without initiatives', () => {
    const md = exportMarkdown(exportFixture(), fixtureOptions(), fixtureLabels);
    expect(md.startsWith('# Cairn 路线图 / Q3 roadmap\n')).toBe(true);
    expect(md).toContain('## 增长 Growth');
    expect(md).toContain('## Platform \\| "core"');
    expect(md).not.toContain('Empty lane');
    expect(tables(md)).toHaveLength(2);
  });

  it('keeps every row at the header width even with pipes, newlines and HTML in the text', () => {
    const md = exportMarkdown(exportFixture(), fixtureOptions(), fixtureLabels);
    for (const rows of tables(md)) {
      const width = cells(rows[0]!).length;
      expect(width).toBe(7);
      for (const row of rows) expect(cells(row)).toHaveLength(width);
    }
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('@mention tour<br>with newline');
  });

  it('shows dates, milestones and horizons in the When column', () => {
    const md = exportMarkdown(exportFixture(), fixtureOptions(), fixtureLabels);
    expect(md).toContain('| Now | 新用户引导 Onboarding | In progress | 2026-04-01 → 2026-06-30 | 40% | 李雷 |');
    expect(md).toContain('◆ 2026-07-01');
    expect(md).toMatch(/\| Later \| 全文搜索 \| Planned \| Later \|/);
  });

  it('groups by horizon with a lane column', () => {
    const md = exportMarkdown(
      exportFixture(),
      fixtureOptions({ includeRequirements: false }),
      fixtureLabels,
      'horizon',
    );
    expect(md.match(/^## /gm)).toHaveLength(3);
    const [now] = tables(md);
    expect(cells(now![0]!)).toEqual(['Lane', 'Initiative', 'Status', 'When', 'Progress', 'Owner']);
    expect(cells(now![2]!).slice(0, 2)).toEqual(['增长 Growth', '新用户引导 Onboarding']);
  });

  it('escapes markup characters', () => {
    expect(markdownText('a|b\\c*d_e`f[g]\nh & <i>')).toBe('a\\|b\\\\c\\*d\\_e\\`f\\[g\\]<br>h &amp; &lt;i&gt;');
  });
});
