import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportFixture, fixtureOptions } from '../../../domain/roadmap/export/exportFixture';
import { EXPORT_FORMATS } from '../../../domain/roadmap/types';
import { runExport, type ExportStep } from './runExport';

const diskFonts = {
  css: readFileSync('node_modules/@fontsource/noto-sans-sc/400.css', 'utf8'),
  read: async (url: string) => {
    const path = decodeURIComponent(new URL(url, 'file:///').pathname);
    return new Uint8Array(readFileSync(path.startsWith('/@fs/') ? path.slice(4) : `.${path}`));
  },
};

describe('runExport', () => {
  it('names every file <product>-roadmap-<date>.<ext> and builds each format but PNG in Node', async () => {
    for (const format of EXPORT_FORMATS.filter((f) => f !== 'png')) {
      const steps: ExportStep[] = [];
      const result = await runExport(exportFixture(), fixtureOptions({ format }), {
        fonts: diskFonts,
        onProgress: (step) => steps.push(step),
      });
      expect(result.fileName).toBe(`Cairn-路线图-Q3-roadmap-2026-05-14.${format}`);
      expect(result.blob.size).toBeGreaterThan(100);
      expect(steps.at(-1)).toBe('building');
    }
  }, 60_000);

  it('writes the file in the export language, whatever the fixture labels', async () => {
    const result = await runExport(exportFixture(), fixtureOptions({ format: 'csv', locale: 'zh-CN' }));
    const text = await result.blob.text();
    expect(text).toContain('泳道,举措');
    expect(text).toContain('进行中');
  });

  it('embeds only data: fonts in SVG, covering the Chinese characters used', async () => {
    const result = await runExport(exportFixture(), fixtureOptions({ format: 'svg', locale: 'zh-CN' }), {
      fonts: diskFonts,
    });
    const svg = await result.blob.text();
    expect(svg).toMatch(/@font-face\{font-family:'Noto Sans SC'.*src:url\(data:font\/woff2;base64,/);
    expect(svg).not.toMatch(/url\((?!data:)/);
    const faces = svg.match(/@font-face/g) ?? [];
    expect(faces.length).toBeGreaterThan(1);
    expect(faces.length).toBeLessThan(30);
  });

  it('pins the HTML page’s own inline script in its Content-Security-Policy', async () => {
    const page = await (
      await runExport(exportFixture(), fixtureOptions({ format: 'html' }), { fonts: diskFonts })
    ).blob.text();
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256')
      .update(scripts[0] ?? '', 'utf8')
      .digest('base64');
    expect(page).toContain(`script-src 'sha256-${hash}'`);
  });
});
