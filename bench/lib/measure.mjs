// Measurements driven from Node through Playwright; the timing itself happens in the page (see probe.mjs).
/* global window, document, indexedDB -- used inside page.evaluate / addInitScript callbacks, which run in the browser */
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { deltas, median, percentile } from './stats.mjs';

/** @typedef {import('playwright').Page} Page */

/** @param {string} msg */
export const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

const COLUMN = (key) => `[data-testid="stage-column"][data-stage-key="${key}"]`;

/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `fn` in the page until it returns a non-null value.
 * Polls by timer, not rAF, so the harness adds no frames of its own.
 * @template T
 * @param {Page} page
 * @param {() => T} fn
 * @param {{ timeout?: number, what?: string, arg?: any }} [opts]
 */
async function waitInPage(page, fn, { timeout = 30_000, what = 'condition', arg } = {}) {
  const handle = await page.waitForFunction(fn, arg, { timeout, polling: 20 }).catch((e) => {
    throw new Error(`timed out after ${timeout} ms waiting for ${what}: ${e.message.split('\n')[0]}`);
  });
  const value = await handle.jsonValue();
  await handle.dispose();
  return value;
}

/**
 * Chooses an item of the header's "More" menu (Settings, Stages…), as e2e/support/board.ts does.
 * @param {Page} page @param {string} name
 */
export async function chooseFromMenu(page, name) {
  await page.getByRole('banner').getByRole('button', { name: /^More/ }).click();
  await page.getByRole('menu').getByRole('menuitem', { name, exact: true }).click();
}

/**
 * Opens a view from the header's navigation, or from "More" where it did not fit.
 * @param {Page} page @param {string} name
 */
export async function openView(page, name) {
  const link = page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name, exact: true });
  if (await link.isVisible()) await link.click();
  else await chooseFromMenu(page, name);
}

/** Waits for the header's save indicator to say everything is written. @param {Page} page */
export async function waitSaved(page, timeout = 60_000) {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ state: 'attached', timeout });
}

// ---- load ------------------------------------------------------------------------------------------

/**
 * Reloads (or first opens) the page and waits for the probe's interactive mark; with `untilComplete`,
 * also until every row of the board is in memory (`complete`, ms from navigation; null without it).
 * The filter rounds do not wait: their first keystroke may come while a large board still loads.
 * @param {Page} page
 * @param {{ url?: string, untilComplete?: boolean }} [opts]
 */
export async function loadOnce(page, { url, untilComplete = false } = {}) {
  if (url) await page.goto(url, { waitUntil: 'commit' });
  else await page.reload({ waitUntil: 'commit' });
  const interactive = await waitInPage(page, () => window.__bench?.interactive ?? null, {
    what: 'first inbox card painted',
    timeout: 60_000,
  });
  // Every row in memory (the board reads them in pages once the first screen is painted).
  const complete = untilComplete
    ? await waitInPage(page, () => performance.getEntriesByName('cairn:board-complete')[0]?.startTime ?? null, {
        what: 'every row of the board loaded',
        timeout: 60_000,
      })
    : null;
  const detail = await page.evaluate(() => {
    const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
    return {
      firstCardInDom: window.__bench.firstCardInDom,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
      resources: performance.getEntriesByType('resource').map((r) => ({
        name: r.name,
        start: r.startTime,
        end: r.responseEnd,
        type: /** @type {any} */ (r).initiatorType,
      })),
    };
  });
  return {
    interactive: /** @type {number} */ (interactive),
    complete: /** @type {number | null} */ (complete),
    ...detail,
  };
}

/** Waits until the page is quiet after a load: no pending writes, a short settle. @param {Page} page */
export async function settle(page, ms = 500) {
  await waitSaved(page);
  // BENCH_SYNC: everything written has reached the sync server, so no measurement pays for the last one's sync.
  if (process.env.BENCH_SYNC === '1')
    await page
      .locator('[data-testid="sync-status"][data-state="synced"]')
      .waitFor({ state: 'attached', timeout: 120_000 });
  await page.waitForLoadState('networkidle').catch(() => {});
  await sleep(ms);
}

/** @param {Page} page */
export async function domElementCount(page) {
  return page.evaluate(() => document.querySelectorAll('*').length);
}

const gzipCache = new Map();
/**
 * Sum of gzip -9 sizes of the dist files behind the .js resources requested
 * before `before` (ms since navigation start).
 * @param {{ name: string, start: number }[]} resources
 * @param {number} before
 * @param {string} distDir
 */
export function jsGzipBefore(resources, before, distDir) {
  let bytes = 0;
  const files = [];
  const seen = new Set();
  for (const r of resources) {
    const path = new URL(r.name).pathname;
    if (!path.endsWith('.js') || r.start >= before || seen.has(path)) continue;
    seen.add(path);
    const file = join(distDir, decodeURIComponent(path));
    if (!existsSync(file)) throw new Error(`requested ${path} but ${file} does not exist`);
    if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
    bytes += gzipCache.get(file);
    files.push(`${path} ${(gzipCache.get(file) / 1024).toFixed(1)} kB`);
  }
  return { kb: bytes / 1024, files };
}

// ---- heap ------------------------------------------------------------------------------------------

/**
 * JS heap in use after a full GC (CDP), in MB.
 * @param {import('playwright').CDPSession} cdp
 */
export async function heapAfterGc(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / (1024 * 1024);
}

// ---- drags -------------------------------------------------------------------------------------------

/**
 * The first card of a column that is fully inside both the viewport and the
 * column's scroll area (the board is virtualised: cards in the DOM are not all
 * visible), and a drop point in the visible part of the target column.
 * @param {Page} page
 * @param {string} fromKey
 * @param {string} toKey
 */
async function dragGeometry(page, fromKey, toKey) {
  return page.evaluate(
    ([fromSel, toSel]) => {
      const vw = window.innerWidth;
      const vh = window.innerHeight;
      /** Visible rect of a column's card area. */
      const area = (/** @type {Element} */ column) => {
        const box = (column.querySelector('.column__cards') ?? column).getBoundingClientRect();
        return {
          left: Math.max(0, box.left),
          right: Math.min(vw, box.right),
          top: Math.max(0, box.top),
          bottom: Math.min(vh, box.bottom),
        };
      };
      const from = document.querySelector(fromSel);
      const to = document.querySelector(toSel);
      if (!from || !to) return { error: `column ${from ? toSel : fromSel} not found` };
      const clip = area(from);
      let source = null;
      for (const card of from.querySelectorAll('[data-testid="requirement-card"]')) {
        const r = card.getBoundingClientRect();
        if (
          r.height > 0 &&
          r.top >= clip.top - 0.5 &&
          r.bottom <= clip.bottom + 0.5 &&
          r.left >= clip.left - 0.5 &&
          r.right <= clip.right + 0.5
        ) {
          source = {
            id: card.getAttribute('data-requirement-id'),
            x: r.left + r.width / 2,
            y: r.top + Math.min(r.height / 2, 20),
          };
          break;
        }
      }
      if (!source) return { error: `no fully visible card in ${fromSel}` };
      const target = area(to);
      if (target.bottom - target.top < 20) return { error: `target column ${toSel} has no visible card area` };
      return {
        source,
        target: {
          x: (target.left + target.right) / 2,
          y: target.top + Math.min(160, (target.bottom - target.top) / 2),
        },
      };
    },
    [COLUMN(fromKey), COLUMN(toKey)],
  );
}

const FRAME_MS = 1000 / 60;
const cdpSessions = new WeakMap();
/** @param {Page} page @returns {Promise<import('playwright').CDPSession>} */
async function cdpFor(page) {
  if (!cdpSessions.has(page)) cdpSessions.set(page, await page.context().newCDPSession(page));
  return cdpSessions.get(page);
}

/** @param {Page} page */
async function committedCount(page) {
  return page.evaluate(() => performance.getEntriesByName('cairn:move-committed').length);
}

/**
 * Counts rows straight from IndexedDB (not through the app): events, the sum
 * of all requirement versions (each write bumps one version by 1), and one
 * requirement's version.
 * @param {Page} page
 * @param {string} id
 */
export async function dbSnapshot(page, id) {
  return page.evaluate(async (requirementId) => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('cairn');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('indexedDB.open blocked'));
    });
    try {
      const tx = db.transaction(['events', 'requirements'], 'readonly');
      const ask = (/** @type {IDBRequest} */ r) =>
        new Promise(
          (resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))),
        );
      const [events, rows] = await Promise.all([
        ask(tx.objectStore('events').count()),
        ask(tx.objectStore('requirements').getAll()),
      ]);
      let versionSum = 0;
      let version = null;
      for (const row of rows) {
        versionSum += row.version ?? 0;
        if (row.id === requirementId) version = row.version;
      }
      return { events, versionSum, version, requirements: rows.length };
    } finally {
      db.close();
    }
  }, id);
}

/**
 * One mouse drag of the first visible card of `from` into `to`:
 * down → two small moves (past dnd-kit's 5 px activation) → wait for the lift →
 * `moves` steps toward the target (paced: one every 16.7 ms, as a hand at
 * 60 Hz; unpaced: each sent when the page acknowledged the previous one) → up.
 * With `measure`, records rAF frame times during the steps and reads the
 * database before and after.
 * @param {Page} page
 * @param {{ from: string, to: string, moves?: number, paced?: boolean, measure?: boolean }} opts
 */
export async function drag(page, { from, to, moves = 40, paced = true, measure = true }) {
  const geometry = await dragGeometry(page, from, to);
  if ('error' in geometry) throw new Error(geometry.error);
  const { source, target } = geometry;
  const id = /** @type {string} */ (source.id);
  const before = measure ? await dbSnapshot(page, id) : null;
  const committedBefore = await committedCount(page);

  await page.mouse.move(source.x, source.y);
  await page.evaluate(([i, t]) => window.__bench.armDrag(i, t), [id, to]);
  await page.mouse.down();
  await page.mouse.move(source.x + 6, source.y + 6);
  await page.mouse.move(source.x + 12, source.y + 12);
  await waitInPage(page, () => window.__bench.drag.lift, { what: `lift of ${id}`, timeout: 10_000 });

  if (measure) await page.evaluate(() => window.__bench.startFrames());
  const x0 = source.x + 12;
  const y0 = source.y + 12;
  const point = (/** @type {number} */ i) => ({
    x: x0 + (target.x - x0) * (i / moves),
    y: y0 + (target.y - y0) * (i / moves),
  });
  if (paced) {
    // A hand at 60 Hz: one move every 16.7 ms of wall time, whether or not the page keeps up
    // (Chromium coalesces moves that queue up behind a busy main thread, as it does for a real mouse).
    const cdp = await cdpFor(page);
    const sent = [];
    const t0 = performance.now();
    for (let i = 1; i <= moves; i++) {
      const wait = t0 + i * FRAME_MS - performance.now();
      if (wait > 0) await sleep(wait);
      const { x, y } = point(i);
      sent.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y, button: 'left', buttons: 1 }));
    }
    await Promise.all(sent);
  } else {
    for (let i = 1; i <= moves; i++) await page.mouse.move(point(i).x, point(i).y);
  }
  // Playwright's own mouse ends where the raw moves went, so the mouseup lands there too.
  await page.mouse.move(target.x, target.y);
  // One more frame so the last move's frame is recorded, then stop the recorder before the drop.
  const frameTimes = measure
    ? await page.evaluate(async () => (await window.__bench.nextFrame(), window.__bench.stopFrames()))
    : [];
  await page.mouse.up();
  await waitInPage(page, () => window.__bench.drag.drop, { what: `${id} painted in ${to}`, timeout: 10_000 });

  // Wait for the write: the app's mark if it sets one, else the save indicator.
  const marks = await page
    .waitForFunction((n) => performance.getEntriesByName('cairn:move-committed').length > n, committedBefore, {
      timeout: 10_000,
      polling: 20,
    })
    .then(() => true)
    .catch(() => false);
  await waitSaved(page, 10_000);

  const d = await page.evaluate(() => {
    const { disarm, ...rest } = window.__bench.drag;
    disarm();
    const drops = performance.getEntriesByName('cairn:drop');
    const commits = performance.getEntriesByName('cairn:move-committed');
    const drop = drops.at(-1);
    const commit = commits.at(-1);
    return {
      ...rest,
      dropMark: drop ? drop.startTime : null,
      commitMark: commit ? commit.startTime : null,
      longtasks: window.__bench.longtasks,
      loafs: window.__bench.loafs,
    };
  });
  const result = {
    id,
    lift: d.lift - d.down,
    liftFromFirstMove: d.lift - d.firstMove,
    dropToPaint: d.drop - d.up,
    frameDeltas: deltas(frameTimes),
    longtasks: d.longtasks.filter((t) => t.start >= d.down && t.start < d.up),
    longtasksAtDrop: d.longtasks.filter((t) => t.start >= d.up && t.start < d.drop),
    loafs: d.loafs.filter((t) => t.start >= d.down && t.start < d.drop),
    commit:
      marks && d.dropMark !== null && d.commitMark !== null && d.commitMark >= d.up ? d.commitMark - d.dropMark : null,
    marks,
    before,
    after: /** @type {Awaited<ReturnType<typeof dbSnapshot>> | null} */ (null),
  };
  if (measure) result.after = await dbSnapshot(page, id);
  return result;
}

/** @param {number[]} frameDeltas */
export function frameStats(frameDeltas) {
  return {
    p95: percentile(frameDeltas, 95),
    max: frameDeltas.length ? Math.max(...frameDeltas) : null,
    median: median(frameDeltas),
  };
}

// ---- filter --------------------------------------------------------------------------------------------

/**
 * Types `query` into the board's search box one key at a time and, per key,
 * measures keydown → the frame after the board's DOM stopped changing.
 * Returns null when the search box is not there.
 * @param {Page} page
 * @param {string} query
 */
export async function filterKeystrokes(page, query, quietMs = 400) {
  const box = page.getByLabel('Filter requirements', { exact: true });
  if ((await box.count()) === 0) return null;
  await box.click();
  await box.fill('');
  await sleep(quietMs);
  const handle = await box.elementHandle();
  await page.evaluate((input) => window.__bench.armFilter('.board', input), handle);
  const perKey = [];
  for (const ch of query) {
    await page.keyboard.type(ch);
    const k = await waitInPage(
      page,
      (quiet) => {
        const key = window.__bench.filter.current;
        if (!key) return null;
        const last = key.lastMutation ?? key.down;
        const painted = key.lastMutation === null ? key.inputPainted : key.painted;
        return performance.now() - last > quiet && painted !== null ? { ...key, painted } : null;
      },
      { what: `filter keystroke "${ch}" to settle`, arg: quietMs, timeout: 20_000 },
    );
    perKey.push({ key: ch, ms: k.painted - k.down, mutations: k.mutations });
  }
  const loafs = await page.evaluate(
    (since) => {
      window.__bench.filter.disarm();
      return window.__bench.loafs.filter((l) => l.start >= since);
    },
    await page.evaluate(() => window.__bench.filter.keys[0]?.down ?? 0),
  );
  // Leave the board unfiltered.
  await box.fill('');
  await sleep(quietMs);
  return { perKey, loafs };
}

// ---- profiles --------------------------------------------------------------------------------------------

/**
 * Runs `fn` under the CDP sampling profiler and returns the top functions by self time
 * (mapped to sources when dist has source maps) and self time per package / source folder.
 * @param {import('playwright').CDPSession} cdp
 * @param {() => Promise<unknown>} fn
 * @param {string} distDir
 */
export async function profile(cdp, fn, distDir, top = 20) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  let p;
  try {
    await fn();
  } finally {
    p = (await cdp.send('Profiler.stop')).profile;
    await cdp.send('Profiler.disable');
  }
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const byArea = new Map();
  const dt = p.timeDeltas ?? [];
  for (let i = 0; i < p.samples.length; i++) {
    const cf = byId.get(p.samples[i]).callFrame;
    const ms = (dt[i] ?? 0) / 1000;
    const where = original(cf, distDir);
    self.set(where.label, (self.get(where.label) ?? 0) + ms);
    byArea.set(where.area, (byArea.get(where.area) ?? 0) + ms);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const sorted = (/** @type {Map<string, number>} */ m, /** @type {number} */ k) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([fn, ms]) => ({ fn, ms: Math.round(ms * 10) / 10 }));
  return { profile: p, total, top: sorted(self, top), areas: sorted(byArea, 12) };
}

const maps = new Map();
const lineStarts = new Map();

/**
 * "handleMove node_modules/@dnd-kit/core/dist/core.esm.js:1234" for a character
 * offset in a built asset (what long-animation-frame entries report), if source maps exist.
 * @param {string} path e.g. /assets/index-abc.js
 * @param {number} char
 * @param {string} distDir
 */
export function symbolize(path, char, distDir) {
  const file = join(distDir, path);
  if (!path || char < 0 || !existsSync(file)) return `${path}:${char}`;
  if (!lineStarts.has(file)) {
    const text = readFileSync(file, 'utf8');
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    lineStarts.set(file, starts);
  }
  const starts = lineStarts.get(file);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= char) line++;
  const where = original(
    { functionName: '', url: `http://x${path}`, lineNumber: line, columnNumber: char - starts[line] },
    distDir,
  );
  return where.label.trim();
}
/**
 * Maps a profile frame in a built asset back to its source with the hidden
 * source maps the bench build writes, e.g. "handleMove node_modules/@dnd-kit/core/dist/core.esm.js:1234".
 * @param {{ functionName: string, url: string, lineNumber: number, columnNumber: number }} cf
 * @param {string} distDir
 */
function original(cf, distDir) {
  const name = cf.functionName || '(anonymous)';
  if (!cf.url) return { label: name, area: name.startsWith('(') ? name : 'browser' };
  const path = new URL(cf.url).pathname;
  const file = join(distDir, `${path}.map`);
  if (!maps.has(file)) maps.set(file, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
  const map = maps.get(file);
  const entry = map?.findEntry(cf.lineNumber, cf.columnNumber);
  if (!entry || !entry.originalSource)
    return { label: `${name} ${path}:${cf.lineNumber + 1}:${cf.columnNumber + 1}`, area: path };
  const source = entry.originalSource.replace(/^.*?(node_modules|src)\//, '$1/');
  const area = source.startsWith('node_modules/')
    ? source
        .split('/')
        .slice(1, source.split('/')[1].startsWith('@') ? 3 : 2)
        .join('/')
    : source.split('/').slice(0, 3).join('/');
  return { label: `${entry.name ?? name} ${source}:${entry.originalLine + 1}`, area };
}

// ---- roadmap export ------------------------------------------------------------------------------------

/** Opens the roadmap and its Export dialog, as a person would. @param {Page} page */
export async function openExportDialog(page) {
  await openView(page, 'Roadmap');
  await page.locator('[data-testid="initiative-bar"]').first().waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export roadmap' });
  await dialog.waitFor();
  return dialog;
}

/**
 * Click on Export → the file handed to the browser as a download, in ms, for
 * the format whose radio button is labelled `label` (defaults otherwise).
 * @param {Page} page
 * @param {import('playwright').Locator} dialog
 * @param {string} label
 */
export async function timeExport(page, dialog, label) {
  await dialog.getByRole('radio', { name: label, exact: true }).check();
  const t0 = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const ms = performance.now() - t0;
  await download.delete();
  return ms;
}

/**
 * Writes a heap snapshot of the page (CDP) to `file`, chunk by chunk: a 10,000-requirement board
 * with sync on makes a snapshot of several hundred MB.
 * @param {import('playwright').CDPSession} cdp
 * @param {string} file
 */
export async function writeHeapSnapshot(cdp, file) {
  const out = openSync(file, 'w');
  /** @param {{ chunk: string }} event */
  const onChunk = ({ chunk }) => writeSync(out, chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    closeSync(out);
  }
}
