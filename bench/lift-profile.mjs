// Ad-hoc: CPU profile of lifting one card (inclusive time per function). Not part of `npm run bench`.
import { chromium } from 'playwright';
import { startPreview } from './lib/server.mjs';
import { generateSample } from './lib/seed.mjs';
import { waitSaved } from './lib/measure.mjs';
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'dist-bench');
const size = Number(process.env.N ?? 1000);
const server = await startPreview({ root: ROOT, outDir: OUT, port: 4189 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1000 }, locale: 'en-US', baseURL: server.url });
  const page = await context.newPage();
  await page.goto('/');
  await generateSample(page, size);
  await page.reload();
  await page.locator('[data-testid="requirement-card"]').first().waitFor();
  await waitSaved(page);
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  const card = page.locator('[data-testid="stage-column"][data-stage-key="inbox"] [data-testid="requirement-card"]').first();
  const box = await card.boundingBox();
  const maps = new Map();
  const runs = Number(process.env.RUNS ?? 3);
  const inclusive = new Map();
  let total = 0;
  for (let r = 0; r < runs; r++) {
    await page.mouse.move(box.x + 20, box.y + 20);
    await page.mouse.down();
    if (process.env.TRACE) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink'] });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.mouse.move(box.x + 26, box.y + 26);
    await page.mouse.move(box.x + 32, box.y + 32);
    await page.locator('.card--overlay').waitFor();
    await page.evaluate(() => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res))));
    const { profile: p } = await cdp.send('Profiler.stop');
    if (process.env.TRACE) {
      const trace = JSON.parse((await browser.stopTracing()).toString());
      const events = trace.traceEvents ?? trace;
      const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      const sums = new Map();
      for (const e of events) {
        if (e.ph !== 'X' || (main && (e.pid !== main.pid || e.tid !== main.tid))) continue;
        sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      }
      console.log('trace (main thread, ms):', [...sums].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(' | '));
    }
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await page.waitForTimeout(300);
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (cf) => {
      if (!cf.url) return cf.functionName || '(anon)';
      const path = new URL(cf.url).pathname;
      const file = join(OUT, `${path}.map`);
      if (!maps.has(file)) { try { maps.set(file, new SourceMap(JSON.parse(readFileSync(file, 'utf8')))); } catch { maps.set(file, null); } }
      const e = maps.get(file)?.findEntry(cf.lineNumber, cf.columnNumber);
      return e?.originalSource ? `${e.name ?? cf.functionName} ${e.originalSource.replace(/^.*?(node_modules|src)\//, '$1/')}:${e.originalLine + 1}` : cf.functionName;
    };
    for (let i = 0; i < p.samples.length; i++) {
      const ms = (p.timeDeltas[i] ?? 0) / 1000;
      const n0 = byId.get(p.samples[i]);
      if (n0.callFrame.functionName === '(idle)') continue;
      total += ms;
      const seen = new Set();
      for (let id = p.samples[i]; id !== undefined; id = parent.get(id)) {
        const l = label(byId.get(id).callFrame);
        if (seen.has(l)) continue;
        seen.add(l);
        inclusive.set(l, (inclusive.get(l) ?? 0) + ms);
      }
    }
  }
  console.log(`busy ${(total / runs).toFixed(1)} ms per lift`);
  for (const [l, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 60))) console.log(`${(ms / runs).toFixed(1).padStart(7)}  ${l}`);
} finally {
  await browser.close();
  await server.stop();
}
