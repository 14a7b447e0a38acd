import { describe, expect, it } from 'vitest';
import { exportFixture, fixtureLabels, fixtureOptions } from './exportFixture';
import { timelineLayout } from './layout';
import { exportTimelineSvg, xmlEscape } from './timelineSvg';
import { checkWellFormedXml } from './xmlCheck';

describe('exportTimelineSvg', () => {
  const svg = exportTimelineSvg(exportFixture(), fixtureOptions({ format: 'svg' }), fixtureLabels);

  it('is well-formed XML with every user string escaped', () => {
    const names = checkWellFormedXml(svg);
    expect(names[0]).toBe('svg');
    expect(names).not.toContain('script');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('Platform | &quot;core&quot;');
  });

  it('draws a bar per dated initiative, a diamond per milestone and lists undated ones', () => {
    const ids = [...svg.matchAll(/data-initiative-id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual(['ini-hostile', 'ini-launch', 'ini-onboarding', 'ini-search', 'ini-sync'].sort());
    expect(svg).toMatch(/<g class="item" data-initiative-id="ini-launch"[^>]*><title>[^<]*<\/title><path d="M/);
    expect(svg).toContain('Not scheduled');
    expect(svg).toContain('全文搜索');
  });

  it('labels columns by month in the export language and years above', () => {
    expect(svg).toContain('>Apr<');
    expect(svg).toContain('>2027<');
    const zh = exportTimelineSvg(exportFixture(), fixtureOptions({ locale: 'zh-CN' }), {
      ...fixtureLabels,
      months: fixtureLabels.months.map((_, i) => `${i + 1}月`),
    });
    expect(zh).toContain('>4月<');
    const quarters = exportTimelineSvg(exportFixture(), fixtureOptions({ zoom: 'quarter' }), fixtureLabels);
    expect(quarters).toContain('>Q2<');
    expect(quarters).toContain('>Q1<');
    expect(quarters).toContain('>2027<');
  });

  it('draws the today line inside the range and uses the dark palette when asked', () => {
    expect(svg).toContain('>Today<');
    const dark = exportTimelineSvg(exportFixture(), fixtureOptions({ theme: 'dark' }), fixtureLabels);
    expect(dark).toContain('fill="#0f172a"');
    const past = exportFixture();
    past.today = '2020-01-01';
    expect(exportTimelineSvg(past, fixtureOptions(), fixtureLabels)).not.toContain('>Today<');
  });

  it('references the embedded font and carries the @font-face rules it is given', () => {
    const css = "@font-face{font-family:'Noto Sans SC';src:url(data:font/woff2;base64,AAAA) format('woff2')}";
    const withFont = exportTimelineSvg(exportFixture(), fixtureOptions(), fixtureLabels, { fontCss: css });
    expect(withFont).toContain('font-family="&apos;Noto Sans SC&apos;');
    expect(withFont).toContain(`<style>${css}</style>`);
    checkWellFormedXml(withFont);
  });

  it('puts overlapping initiatives of a lane on separate rows', () => {
    const layout = timelineLayout(exportFixture(), fixtureOptions(), fixtureLabels);
    const growth = layout.items.filter((item) => item.laneId === 'lane-growth');
    const onboarding = growth.find((item) => item.id === 'ini-onboarding')!;
    const hostile = growth.find((item) => item.id === 'ini-hostile')!;
    expect(hostile.y).toBeGreaterThan(onboarding.y);
    const lane = layout.lanes.find((l) => l.id === 'lane-growth')!;
    for (const item of growth) {
      expect(item.y).toBeGreaterThanOrEqual(lane.y);
      expect(item.y + (item.milestone ? item.height / 2 : item.height)).toBeLessThanOrEqual(lane.y + lane.height);
    }
  });

  it('marks bars that run beyond the range and keeps them inside it', () => {
    const layout = timelineLayout(
      exportFixture(),
      fixtureOptions({ from: '2026-06-01', to: '2026-08-31' }),
      fixtureLabels,
    );
    const sync = layout.items.find((item) => item.id === 'ini-sync')!;
    expect(sync.continuesBefore).toBe(true);
    expect(sync.continuesAfter).toBe(true);
    expect(sync.x).toBe(layout.timelineX);
    expect(sync.x + sync.width).toBeCloseTo(layout.timelineX + layout.timelineWidth);
  });

  it('escapes XML specials and drops characters XML cannot hold', () => {
    expect(xmlEscape(`<a href="x">&'\u0001</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    // The checker itself rejects what unescaped text would produce.
    expect(() => checkWellFormedXml('<svg><text>a & b</text></svg>')).toThrow();
    expect(() => checkWellFormedXml('<svg><text x="1">Q3 <b</text></svg>')).toThrow();
    expect(() => checkWellFormedXml('<svg><g></svg>')).toThrow();
  });
});
