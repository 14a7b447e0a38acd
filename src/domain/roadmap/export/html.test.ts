import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exportFixture, fixtureLabels, fixtureOptions, HOSTILE_TITLE } from './exportFixture';
import { exportHtml, scriptJson } from './html';
import { HTML_PAGE_SCRIPT } from './htmlScript';

const scriptHash = createHash('sha256').update(HTML_PAGE_SCRIPT, 'utf8').digest('base64');
const html = exportHtml(exportFixture(), fixtureOptions({ format: 'html' }), fixtureLabels, { scriptHash });

function dataBlock(page: string): string {
  const match = /<script type="application\/json" id="roadmap-data">([\s\S]*?)<\/script>/.exec(page);
  if (!match) throw new Error('no data block');
  return match[1]!;
}

describe('exportHtml', () => {
  it('makes no network request: no remote URL anywhere but inside escaped user text', () => {
    const withoutUserText = html.replace(/https?:\/\/evil\.exampl/g, '');
    expect(withoutUserText).not.toMatch(/https?:\/\//i);
    expect(withoutUserText).not.toMatch(/\ssrc=/i);
    expect(withoutUserText).not.toMatch(/<link\b/i);
    expect(withoutUserText).not.toMatch(/@import|url\(\s*['"]?(?!data:)/i);
    expect(withoutUserText).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/);
  });

  it('forbids the network by Content-Security-Policy and pins its only script by hash', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain(`script-src 'sha256-${scriptHash}'`);
    const scripts = [...html.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(2);
    expect(scripts[1]![1]).toBe(HTML_PAGE_SCRIPT);
  });

  it('inlines the data so it cannot close its script element, and it parses back', () => {
    const block = dataBlock(html);
    expect(block).not.toContain('<');
    const payload = JSON.parse(block);
    expect(payload.formatVersion).toBe(1);
    expect(payload.initiatives.find((item: { id: string }) => item.id === 'ini-hostile').title).toBe(HOSTILE_TITLE);
    expect(payload.labels.statuses['at-risk']).toBe('At risk');
    expect(scriptJson({ a: '</script><!--\u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u2028"}');
  });

  it('escapes user text in the markup', () => {
    const markup = html.replace(dataBlock(html), '');
    expect(markup.match(/<script/g)).toHaveLength(2);
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markup).toContain('<title>Cairn 路线图 / Q3 roadmap</title>');
  });

  it('has the three zoom levels, the chosen one visible, and a list of every exported initiative', () => {
    expect(html).toContain('<div class="figure" data-level="month">');
    expect(html).toContain('<div class="figure" data-level="quarter" hidden>');
    expect(html).toContain('<div class="figure" data-level="half" hidden>');
    expect(html).toMatch(/<button type="button" id="zoom-in" aria-label="Zoom in">/);
    const listed = [...html.matchAll(/class="list-item" data-initiative-id="([^"]+)"/g)].map((m) => m[1]);
    expect(listed).toEqual(['ini-onboarding', 'ini-hostile', 'ini-launch', 'ini-sync', 'ini-search']);
  });

  it('is readable on a phone and speaks the export language', () => {
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('@media (max-width: 600px)');
    expect(exportHtml(exportFixture(), fixtureOptions({ locale: 'zh-CN' }), fixtureLabels, { scriptHash })).toContain(
      '<html lang="zh-CN"',
    );
  });

  it('carries embedded fonts only as data: URLs', () => {
    const css = "@font-face{font-family:'Noto Sans SC';src:url(data:font/woff2;base64,AAAA) format('woff2')}";
    const page = exportHtml(exportFixture(), fixtureOptions(), fixtureLabels, { scriptHash, fontCss: css });
    expect(page).toContain(css);
    expect(page).toContain('font-src data:');
  });
});
