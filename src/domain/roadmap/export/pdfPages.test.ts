import { describe, expect, it } from 'vitest';
import type { RoadmapExportData } from '../types';
import { exportFixture, fixtureLabels, fixtureOptions } from './exportFixture';
import { timelineLayout } from './layout';
import { paginateTimeline } from './pdfPages';

const A4 = { width: 841.89 - 56, height: 595.28 - 110 };

function manyInitiatives(): RoadmapExportData {
  const data = exportFixture();
  for (let i = 0; i < 40; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    data.initiatives.push({
      ...data.initiatives[0]!,
      id: `gen-${i}`,
      laneId: i % 2 ? 'lane-growth' : 'lane-empty',
      title: `Generated ${i} 生成`,
      start: `2026-${month}-03`,
      end: `2026-${month}-25`,
    });
  }
  return data;
}

describe('paginateTimeline', () => {
  it('puts every bar whole on exactly one page per lane band, never across a break', () => {
    const data = manyInitiatives();
    const layout = timelineLayout(data, fixtureOptions({ from: '2026-01-01', to: '2027-12-31' }), fixtureLabels);
    const { pages, scale } = paginateTimeline(layout, A4.width, A4.height);
    expect(pages.length).toBeGreaterThan(1);
    expect(scale).toBeGreaterThan(0);
    const seen = new Map<string, number>();
    for (const page of pages) {
      for (const item of page.items) {
        expect(item.left).toBeGreaterThanOrEqual(page.x0 - 1e-3);
        expect(item.right).toBeLessThanOrEqual(page.x1 + 1e-3);
        seen.set(item.id, (seen.get(item.id) ?? 0) + 1);
      }
      expect((page.x1 - page.x0) * scale).toBeLessThanOrEqual(A4.width - layout.labelWidth * scale + 1e-3);
    }
    expect([...seen.keys()].sort()).toEqual(layout.items.map((item) => item.id).sort());
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
  });

  it('shrinks the picture when one bar is wider than a page, instead of cutting it', () => {
    const data = exportFixture();
    data.initiatives[3]!.start = '2026-01-01';
    data.initiatives[3]!.end = '2028-12-31';
    const layout = timelineLayout(data, fixtureOptions({ from: '2026-01-01', to: '2028-12-31' }), fixtureLabels);
    const { pages, scale } = paginateTimeline(layout, A4.width, A4.height);
    expect(scale).toBeLessThan(0.75);
    const sync = pages.filter((page) => page.items.some((item) => item.id === 'ini-sync'));
    expect(sync).toHaveLength(1);
  });

  it('keeps a small roadmap on one page at natural size', () => {
    const layout = timelineLayout(exportFixture(), fixtureOptions({ zoom: 'quarter' }), fixtureLabels);
    const { pages, scale } = paginateTimeline(layout, A4.width, A4.height);
    expect(pages).toHaveLength(1);
    expect(scale).toBe(0.75);
  });
});
