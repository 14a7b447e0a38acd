import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontFaceCss, parseFontsourceCss, parseUnicodeRange, subsetsFor, visibleText } from './fontSubsets';

const css = readFileSync('node_modules/@fontsource/noto-sans-sc/400.css', 'utf8');

describe('font subsets', () => {
  it('reads every subset of the shipped Noto Sans SC with its ranges', () => {
    const subsets = parseFontsourceCss(css);
    expect(subsets.length).toBeGreaterThan(90);
    expect(subsets.every((subset) => subset.file.endsWith('-400-normal.woff2') && subset.ranges.length > 0)).toBe(true);
    expect(parseUnicodeRange('U+0000-00FF,U+0131, U+4e00')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x4e00, 0x4e00],
    ]);
    expect(parseUnicodeRange('U+4??')).toEqual([[0x400, 0x4ff]]);
  });

  it('picks only the few subsets that cover the characters used, and every character is covered', () => {
    const subsets = parseFontsourceCss(css);
    const text = 'Cairn 路线图 新用户引导 Onboarding 全文搜索 增长 发布会';
    const chosen = subsetsFor(text, subsets);
    expect(chosen.length).toBeGreaterThan(1);
    expect(chosen.length).toBeLessThan(15);
    expect(chosen.some((subset) => subset.file === 'noto-sans-sc-latin-400-normal.woff2')).toBe(true);
    for (const char of text.replace(/\s/g, '')) {
      const code = char.codePointAt(0)!;
      expect(
        chosen.some((subset) => subset.ranges.some(([a, b]) => code >= a && code <= b)),
        char,
      ).toBe(true);
    }
    expect(subsetsFor('plain ASCII', subsets).map((subset) => subset.file)).toEqual([
      'noto-sans-sc-latin-400-normal.woff2',
    ]);
  });

  it('writes @font-face rules with data: URLs and the original unicode-range', () => {
    const [latin] = subsetsFor('A', parseFontsourceCss(css));
    const rule = fontFaceCss('Noto Sans SC', [{ subset: latin!, base64: 'AAAA' }]);
    expect(rule).toContain("src:url(data:font/woff2;base64,AAAA) format('woff2')");
    expect(rule).toContain('unicode-range:U+0000-00FF');
  });
});

describe('visibleText', () => {
  it('drops tags and decodes entities', () => {
    expect(visibleText('<svg><text x="1">A &amp; 路 &lt;b&gt;</text></svg>').trim()).toBe('A & 路 <b>');
  });
});
