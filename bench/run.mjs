#!/usr/bin/env node
// `npm run bench`: builds Cairn, serves it with `vite preview`, seeds fresh databases through the
// app's sample generator (1,000 and 10,000 requirements) and measures the board in Debian's
// headless Chromium (board, then the roadmap export), then imports 10,000-row files through the import dialog.
// Repeated figures print their p95 as the value (p50 beside it) and are judged against the budget at p95. stdout: one JSON line per figure, then a summary line. stderr: progress.
// Exit code 0 whenever the measurements were taken (budgets may fail); non-zero if the harness broke.
//
// Env: CHROMIUM_PATH (default /usr/bin/chromium), BENCH_SIZES (e.g. "1000"), BENCH_PROFILE=1
// (CPU profile of a reload, a drag and the filter keystrokes at the largest size, top functions to stderr,
// .cpuprofile files in dist-bench/), BENCH_SKIP_BUILD=1 (reuse dist-bench/), BENCH_PORT (default 4188),
// BENCH_RUNS (repetitions per interaction, default 20), BENCH_IMPORT_RUNS (per import format, default 3; 0 skips),
// BENCH_HEAP_SNAPSHOT=1 (a heap snapshot after the heap figure, dist-bench/heap-<n>[-sync].heapsnapshot, for
// DevTools' Memory tab), BENCH_SYNC=1 (issue 15: the board with team sync on — a sync server on a free port with a temporary folder,
// the product joined through a share link; only the board at 10,000 unless BENCH_SIZES says otherwise, no
// exports or imports; every figure line carries "sync": true; compare with a run without it).
// BENCH_ONLY: a comma list of phases to run (reloads, heap, drags, heapdrags, filter, export, import), e.g.
// "filter,import"; the sample generation always runs, it seeds the board. BENCH_N: one size, e.g. 100000
// (the same as BENCH_SIZES=100000).

// ---- budgets ----------------------------------------------------------------------------------------------
// Same budgets at every size; set for 10,000 requirements. `exact`: the value must equal the budget.
const BUDGETS = {
  reload_to_interactive_ms: { budget: 1000, unit: 'ms' },
  board_dom_elements: { budget: 6000, unit: 'elements' },
  js_kb_gzip_before_interactive: { budget: 150, unit: 'kB' },
  heap_after_load_mb: { budget: 150, unit: 'MB' },
  drag_lift_ms: { budget: 50, unit: 'ms' },
  // rAF timestamps in headless Chromium jitter by about 0.1 ms around the 16.67 ms vsync: a frame that
  // reads 16.8 ms was presented on the next vsync like the others, and is on time.
  drag_frame_p95_ms: { budget: 16.7, unit: 'ms', tolerance: 0.15 },
  drag_frame_max_ms: { budget: 50, unit: 'ms' },
  drag_long_tasks: { budget: 0, unit: 'count' },
  drop_to_paint_ms: { budget: 100, unit: 'ms' },
  move_commit_ms: { budget: 50, unit: 'ms' },
  move_events_written: { budget: 1, unit: 'count', exact: true },
  move_requirements_written: { budget: 1, unit: 'count', exact: true },
  heap_growth_after_20_drags_mb: { budget: 10, unit: 'MB' },
  drag_errors: { budget: 0, unit: 'count' }, // drags that crashed the app or never showed the drop
  filter_keystroke_ms: { budget: 50, unit: 'ms' },
  // Export → download, the whole roadmap with linked requirements (an initiative per 50 requirements).
  roadmap_export_csv_ms: { budget: 3000, unit: 'ms' },
  roadmap_export_xlsx_ms: { budget: 5000, unit: 'ms' },
  roadmap_export_pdf_ms: { budget: 5000, unit: 'ms' },
  roadmap_export_png_ms: { budget: 5000, unit: 'ms' },
  roadmap_export_html_ms: { budget: 5000, unit: 'ms' },
  // Settings → Data → Generate sample product: click → dialog closed and saved.
  sample_generate_ms: { budget: 3000, unit: 'ms' },
  // Import through the dialog, IMPORT_ROWS rows (see lib/importFiles.mjs): file chosen → Next enabled,
  // Import → confirmation painted and saved, and the longest main-thread task during either.
  import_jira_preview_ms: { budget: 1000, unit: 'ms' },
  import_jira_saved_ms: { budget: 1000, unit: 'ms' },
  import_jira_longest_task_ms: { budget: 100, unit: 'ms' },
  import_trello_preview_ms: { budget: 1000, unit: 'ms' },
  import_trello_saved_ms: { budget: 1000, unit: 'ms' },
  import_trello_longest_task_ms: { budget: 100, unit: 'ms' },
  import_csv_preview_ms: { budget: 1000, unit: 'ms' },
  import_csv_saved_ms: { budget: 1000, unit: 'ms' },
  import_csv_longest_task_ms: { budget: 100, unit: 'ms' },
};

const SYNC = process.env.BENCH_SYNC === '1';
const SIZES = (process.env.BENCH_N ?? process.env.BENCH_SIZES ?? (SYNC ? '10000' : '1000,10000'))
  .split(',')
  .filter(Boolean)
  .map(Number);
// Budgets are judged at p95 over RUNS repetitions (BENCH_RUNS, at least 20 for a figure to count).
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const RELOADS = RUNS; // timed reloads per size (plus one warm-up)
const DRAGS = RUNS; // timed drags per size
const FILTER_ROUNDS = Math.ceil(RUNS / 5); // the 5-letter query typed afresh after a reload: 20 keystrokes, 4 of them first ones
const DRAG_MOVES = 40;
const HEAP_DRAGS = 20;
const EXPORTS = 3; // timed exports per format and size
// Each import writes IMPORT_ROWS requirements into a fresh browser profile, so fewer runs (BENCH_IMPORT_RUNS).
const IMPORT_ROWS = 10_000;
const IMPORT_RUNS = SYNC ? 0 : Number(process.env.BENCH_IMPORT_RUNS ?? 3);
const FILTER_QUERY = 'check';
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((x) => x.trim())) : null;
/** Whether a phase runs under BENCH_ONLY (all of them without it). @param {string} name */
const wants = (name) => ONLY === null || ONLY.has(name);
const PORT = Number(process.env.BENCH_PORT ?? 4188); // BENCH_PORT: several worktrees bench on one machine
const HOST = '127.0.0.1';
const OUT_DIR = 'dist-bench';
const WATCHDOG_MS = 9 * 60_000;

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import {
  domElementCount,
  drag,
  filterKeystrokes,
  frameStats,
  heapAfterGc,
  jsGzipBefore,
  writeHeapSnapshot,
  loadOnce,
  openExportDialog,
  log,
  profile,
  settle,
  symbolize,
  timeExport,
} from './lib/measure.mjs';
import { timeImport } from './lib/importBench.mjs';
import { genericCsv, jiraCsv, trelloJson } from './lib/importFiles.mjs';
import { probe } from './lib/probe.mjs';
import { boardTotal, generateSample, generatorBuilt } from './lib/seed.mjs';
import { build, startPreview } from './lib/server.mjs';
import { joinSync, startSyncServer } from './lib/syncServer.mjs';
import { percentile, round } from './lib/stats.mjs';

/** The same flags as the e2e suite's Chromium. */
const CHROMIUM_ARGS = JSON.parse(readFileSync(new URL('../e2e/support/chromium-args.json', import.meta.url), 'utf8'));

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, OUT_DIR);
const started = Date.now();
let passed = 0;
let failed = 0;
/** @type {string[]} */
const errors = [];

const DIGITS = { ms: 1, MB: 1, kB: 2, count: 0, elements: 0 };

/**
 * Prints one figure as a JSON line. `ok` is judged on the value as printed.
 * @param {keyof typeof BUDGETS} name
 * @param {number} n
 * @param {number | null} value
 * @param {{ note?: string, runs?: (number | null)[], percentiles?: boolean }} [extra] `runs`: the value printed is their p95 (p50 beside it) unless `percentiles: false`
 */
function figure(name, n, value, extra = {}) {
  const {
    budget,
    unit,
    exact,
    tolerance = 0,
  } = /** @type {{ budget: number, unit: string, exact?: boolean, tolerance?: number }} */ (BUDGETS[name]);
  // Repeated interactions are judged at p95: one slow run in twenty is what a PM notices.
  const numbers = extra.runs?.every((x) => typeof x === 'number') ? /** @type {number[]} */ (extra.runs) : null;
  const p50 = numbers && extra.percentiles !== false ? percentile(numbers, 50) : null;
  if (numbers && extra.percentiles !== false) value = percentile(numbers, 95);
  const digits = DIGITS[/** @type {keyof typeof DIGITS} */ (unit)] ?? 1;
  // Judged as printed: rAF timestamps jitter by hundredths of a ms, so a frame presented on
  // the next vsync reads 16.68–16.75 ms and must count as the 16.7 ms frame it is.
  const shown = value === null ? null : round(value, digits);
  const ok = shown !== null && Number.isFinite(shown) && (exact ? shown === budget : shown <= budget + tolerance);
  if (ok) passed++;
  else failed++;
  const runs = extra.runs?.map((x) => round(x, digits));
  const rest = { ...extra };
  delete rest.percentiles;
  const stats = p50 === null ? {} : { stat: 'p95', p50: round(p50, digits), count: runs?.length };
  const line = {
    name,
    n,
    value: round(value, digits),
    unit,
    budget,
    ...(tolerance ? { tolerance } : {}),
    ok,
    ...(SYNC ? { sync: true } : {}),
    ...stats,
    ...rest,
    ...(runs ? { runs } : {}),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/**
 * Runs one phase; a throw becomes failed figures with a note instead of ending the run,
 * and the page is reloaded so the next phase starts clean.
 * @param {string} what
 * @param {(keyof typeof BUDGETS)[]} names figures the phase would have printed
 * @param {number} n
 * @param {() => Promise<void>} fn
 * @param {import('playwright').Page} page
 * @param {string[]} pageErrors
 */
async function phase(what, names, n, fn, page, pageErrors) {
  const t0 = Date.now();
  log(`n=${n}: ${what} …`);
  const errorsBefore = pageErrors.length;
  try {
    await fn();
  } catch (error) {
    let message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    // An app crash explains a timeout better than the timeout does.
    const crashed = pageErrors.slice(errorsBefore);
    if (crashed.length) message = `page error: ${crashed[0]} (then: ${message})`;
    errors.push(`n=${n} ${what}: ${message}`);
    log(`n=${n}: ${what} FAILED: ${error instanceof Error ? error.stack : message}`);
    for (const name of names) figure(name, n, null, { note: `error: ${message}` });
    // Start the next phase from a fresh load of the same database.
    await page.mouse.up().catch(() => {});
    await loadOnce(page)
      .then(() => settle(page, 200))
      .catch((e) => log(`recovery reload failed: ${e.message}`));
  }
  log(`n=${n}: ${what} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/**
 * @param {number} size @param {import('playwright').Browser} browser @param {string} url
 * @param {Awaited<ReturnType<typeof startSyncServer>>} [syncServer] BENCH_SYNC: the product joins it before any figure
 */
async function measureSize(browser, url, size, syncServer) {
  // No service worker: its background precaching of the whole build would add noise to the reload figures.
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1000 },
    locale: 'en-US',
    baseURL: url,
    serviceWorkers: 'block',
  });
  try {
    await context.addInitScript(probe);
    const page = await context.newPage();
    /** @type {string[]} */
    const pageErrors = [];
    page.on('pageerror', (e) => {
      // "Minified React error #185; visit …" → "React error #185 (https://react.dev/errors/185)"
      pageErrors.push(
        e.message
          .split('\n')[0]
          .replace(/^Minified React error #(\d+);.*$/, 'React error #$1 (https://react.dev/errors/$1)'),
      );
      log(`page error: ${process.env.BENCH_DEV ? e.stack : e.message}`);
    });
    if (process.env.BENCH_DEV)
      page.on('console', (m) => m.type() === 'error' && log(`console error: ${m.text().slice(0, 3000)}`));
    const cdp = await context.newCDPSession(page);
    await page.goto('/', { waitUntil: 'commit' });

    // Seed once per size; every reload below reuses this context's database.
    let n = size;
    /** @type {string | undefined} */
    let note;
    if (generatorBuilt(ROOT)) {
      const { total, ms } = await generateSample(page, size);
      figure('sample_generate_ms', size, ms, { note: `${total} active requirements on the board after` });
      if (total < size * 0.5) note = `board shows ${total} active requirements after generating ${size}`;
    } else {
      await page.locator('[data-testid="requirement-card"]').first().waitFor({ timeout: 30_000 });
      await settle(page);
      n = await boardTotal(page);
      note = `sample generator not built; demo product (${n} requirements) instead of ${size}`;
      log(`n=${size}: ${note}`);
    }
    if (syncServer) await joinSync(page, syncServer, url);
    const step = (
      /** @type {string} */ what,
      /** @type {(keyof typeof BUDGETS)[]} */ names,
      /** @type {() => Promise<void>} */ fn,
    ) => phase(what, names, n, fn, page, pageErrors);
    /** Drags that crashed the app or never showed the drop, across all drags at this size. @type {string[]} */
    const dragFailures = [];
    /**
     * A drag; on failure the reason is recorded, the page reloaded, and null returned.
     * @param {Parameters<typeof drag>[1]} opts
     * @param {string} label
     */
    const tryDrag = async (opts, label) => {
      const errorsBefore = pageErrors.length;
      try {
        return await drag(page, opts);
      } catch (error) {
        const crash = pageErrors.slice(errorsBefore)[0];
        const message = crash
          ? `app crashed (${crash})`
          : error instanceof Error
            ? error.message.split('\n')[0]
            : String(error);
        dragFailures.push(`${label} ${opts.from}→${opts.to}: ${message}`);
        log(`n=${n}: ${label} FAILED: ${message}; reloading`);
        await page.mouse.up().catch(() => {});
        await loadOnce(page);
        await settle(page, 200);
        return null;
      }
    };
    const extra = (/** @type {Record<string, unknown>} */ more = {}) =>
      note ? { ...more, note: [note, more.note].filter(Boolean).join('; ') } : more;

    if (wants('reloads'))
      await step(
        'reloads',
        ['reload_to_interactive_ms', 'board_dom_elements', 'js_kb_gzip_before_interactive'],
        async () => {
          await loadOnce(page); // warm-up: HTTP and code caches as a returning user has them
          await settle(page, 200);
          const loads = [];
          for (let i = 0; i < RELOADS; i++) {
            const load = await loadOnce(page, { untilComplete: true });
            loads.push(load);
            log(
              `n=${n}: reload ${i + 1}: interactive ${load.interactive.toFixed(1)} ms (card in DOM ${load.firstCardInDom.toFixed(1)} ms, DOMContentLoaded ${load.domContentLoaded?.toFixed(1)} ms, every row loaded ${load.complete?.toFixed(1)} ms)`,
            );
            await settle(page, 200);
          }
          const times = loads.map((l) => l.interactive);
          figure('reload_to_interactive_ms', n, null, extra({ runs: times }));
          await settle(page, 500);
          figure('board_dom_elements', n, await domElementCount(page), extra());
          const last = /** @type {(typeof loads)[number]} */ (loads.at(-1));
          const js = jsGzipBefore(last.resources, last.interactive, DIST);
          log(`n=${n}: JS before interactive: ${js.files.join(', ')}`);
          figure('js_kb_gzip_before_interactive', n, js.kb, extra());
        },
      );

    /** @type {number | null} */
    let heapAfterLoad = null;
    if (wants('heap'))
      await step('heap after load', ['heap_after_load_mb'], async () => {
        heapAfterLoad = await heapAfterGc(cdp);
        figure('heap_after_load_mb', n, heapAfterLoad, extra());
        if (process.env.BENCH_HEAP_SNAPSHOT === '1') {
          const file = join(DIST, `heap-${n}${SYNC ? '-sync' : ''}.heapsnapshot`);
          await writeHeapSnapshot(cdp, file);
          log(`n=${n}: heap snapshot in ${file}`);
        }
      });

    if (wants('drags'))
      await step(
        'drags',
        [
          'drag_lift_ms',
          'drag_frame_p95_ms',
          'drag_frame_max_ms',
          'drag_long_tasks',
          'drop_to_paint_ms',
          'move_commit_ms',
          'move_events_written',
          'move_requirements_written',
        ],
        async () => {
          const runs = [];
          // A drag that crashes the app is counted (drag_errors) and retried after a reload, up to two extra attempts.
          for (let attempt = 1; runs.length < DRAGS && attempt <= DRAGS + 2; attempt++) {
            const r = await tryDrag({ from: 'inbox', to: 'review', moves: DRAG_MOVES }, `timed drag ${attempt}`);
            if (!r) continue;
            const f = frameStats(r.frameDeltas);
            log(
              `n=${n}: drag ${attempt}: lift ${r.lift.toFixed(1)} ms (${r.liftFromFirstMove.toFixed(1)} ms after the first move), frames p95 ${f.p95?.toFixed(1)} / max ${f.max?.toFixed(1)} / median ${f.median?.toFixed(1)} ms over ${r.frameDeltas.length} frames, ` +
                `long tasks ${r.longtasks.map((t) => Math.round(t.duration)).join(',') || 'none'}, drop→paint ${r.dropToPaint.toFixed(1)} ms (long tasks at drop: ${r.longtasksAtDrop.map((t) => Math.round(t.duration)).join(',') || 'none'}), ` +
                `commit ${r.commit?.toFixed(1) ?? 'n/a'} ms, events +${r.after && r.before ? r.after.events - r.before.events : '?'}, version ${r.before?.version}→${r.after?.version}`,
            );
            for (const loaf of r.loafs.filter((l) => l.duration > 50).slice(0, 3)) {
              log(
                `   long frame ${loaf.duration.toFixed(0)} ms (blocking ${loaf.blocking?.toFixed(0)}, render ${loaf.render.toFixed(0)}): ${loaf.scripts
                  .slice(0, 3)
                  .map((s) => `${s.invoker} → ${symbolize(s.url, s.char, DIST)} ${s.duration.toFixed(0)} ms`)
                  .join(' | ')}`,
              );
            }
            runs.push({ ...r, frames: f });
          }
          if (runs.length === 0) throw new Error(`no drag completed: ${dragFailures.join('; ')}`);
          const med = (/** @type {(r: (typeof runs)[number]) => number | null} */ pick) => {
            const xs = runs.map(pick);
            return { value: null, runs: xs };
          };
          const lift = med((r) => r.lift);
          figure('drag_lift_ms', n, lift.value, extra({ runs: lift.runs }));
          const p95 = med((r) => r.frames.p95);
          figure('drag_frame_p95_ms', n, p95.value, extra({ runs: p95.runs }));
          const max = med((r) => r.frames.max);
          figure('drag_frame_max_ms', n, max.value, extra({ runs: max.runs }));
          // No long task in any drag: the count is the worst drag's.
          const lt = med((r) => r.longtasks.length);
          figure(
            'drag_long_tasks',
            n,
            Math.max(...lt.runs.map((x) => x ?? Infinity)),
            extra({ runs: lt.runs, percentiles: false }),
          );
          const drop = med((r) => r.dropToPaint);
          figure('drop_to_paint_ms', n, drop.value, extra({ runs: drop.runs }));
          const commit = med((r) => r.commit);
          figure(
            'move_commit_ms',
            n,
            commit.value,
            extra({
              runs: commit.runs,
              ...(runs.some((r) => !r.marks) ? { note: 'cairn:move-committed mark not seen' } : {}),
            }),
          );
          // Every drag must have written exactly one event and one requirement version; report the worst.
          const events = runs.map((r) => (r.before && r.after ? r.after.events - r.before.events : null));
          const worst = (/** @type {(number | null)[]} */ xs) =>
            xs.includes(null) ? null : (xs.find((x) => x !== 1) ?? 1);
          figure('move_events_written', n, worst(events), extra({ runs: events, percentiles: false }));
          const writes = runs.map((r) => (r.before && r.after ? r.after.versionSum - r.before.versionSum : null));
          const movedOnce = runs.every(
            (r) => r.before && r.after && r.after.version === /** @type {number} */ (r.before.version) + 1,
          );
          figure(
            'move_requirements_written',
            n,
            worst(writes),
            extra({
              runs: writes,
              percentiles: false,
              ...(movedOnce ? {} : { note: 'the moved requirement’s version did not go up by exactly 1' }),
            }),
          );
        },
      );

    if (wants('heapdrags'))
      await step(`${HEAP_DRAGS} drags for heap growth`, ['heap_growth_after_20_drags_mb'], async () => {
        // Growth is measured from the heap after load: the first few drags are where memory settles
        // (Board/Dexie keep a second copy of the rows), so the 3 timed drags count too.
        const beforeHeapDrags = await heapAfterGc(cdp);
        const base = heapAfterLoad ?? beforeHeapDrags;
        for (let i = 0; i < HEAP_DRAGS; i++) {
          const [from, to] = i % 2 === 0 ? ['inbox', 'analysis'] : ['analysis', 'inbox'];
          await tryDrag({ from, to, moves: 8, paced: false, measure: false }, `heap drag ${i + 1}`);
        }
        await settle(page, 300);
        const after = await heapAfterGc(cdp);
        log(
          `n=${n}: heap after load ${base.toFixed(1)} MB, before the ${HEAP_DRAGS} drags ${beforeHeapDrags.toFixed(1)} MB, after ${after.toFixed(1)} MB`,
        );
        if (dragFailures.length > 0) {
          // A reload in between frees everything: the difference would mean nothing.
          figure(
            'heap_growth_after_20_drags_mb',
            n,
            null,
            extra({ note: `${dragFailures.length} drag(s) crashed the app and forced a reload (see drag_errors)` }),
          );
        } else {
          // From the heap before these drags: the timed drags before them have already paid the one-time
          // cost of the first drag (Dexie's and the board's second copy of the rows); growth after that is what leaks.
          figure(
            'heap_growth_after_20_drags_mb',
            n,
            after - beforeHeapDrags,
            extra({
              note: `over ${HEAP_DRAGS} drags; ${(after - base).toFixed(1)} MB from heap_after_load_mb, across them and the ${DRAGS} timed ones`,
            }),
          );
        }
      });

    if (wants('drags') || wants('heapdrags'))
      figure(
        'drag_errors',
        n,
        dragFailures.length,
        extra(dragFailures.length ? { note: dragFailures.slice(0, 3).join('; ') } : {}),
      );

    if (wants('filter'))
      await step('filter', ['filter_keystroke_ms'], async () => {
        /** @type {{ key: string, ms: number, mutations: number }[]} */
        const perKey = [];
        /** @type {number[]} */
        const first = [];
        for (let round = 0; round < FILTER_ROUNDS; round++) {
          // After a reload, so the first keystroke pays whatever the first filter costs (issue 16: 163 ms).
          await loadOnce(page);
          await settle(page, 200);
          const result = await filterKeystrokes(page, FILTER_QUERY);
          if (result === null) {
            figure('filter_keystroke_ms', n, null, extra({ note: 'not built' }));
            return;
          }
          log(
            `n=${n}: filter keystrokes: ${result.perKey.map((k) => `"${k.key}" ${k.ms.toFixed(1)} ms (${k.mutations} mutations)`).join(', ')}`,
          );
          for (const loaf of result.loafs.filter((l) => l.duration > 50).slice(0, 3)) {
            log(
              `   long frame ${loaf.duration.toFixed(0)} ms: ${loaf.scripts
                .slice(0, 3)
                .map((s) => `${s.invoker} → ${symbolize(s.url, s.char, DIST)} ${s.duration.toFixed(0)} ms`)
                .join(' | ')}`,
            );
          }
          perKey.push(...result.perKey);
          first.push(/** @type {number} */ (result.perKey[0]?.ms));
        }
        const ms = perKey.map((k) => k.ms);
        figure(
          'filter_keystroke_ms',
          n,
          null,
          extra({
            runs: ms,
            note: `${FILTER_ROUNDS} rounds of "${FILTER_QUERY}", each typed first after a reload; first keystrokes ${first.map((x) => x.toFixed(0)).join(', ')} ms`,
          }),
        );
      });

    const exportNames = /** @type {const} */ ([
      'roadmap_export_csv_ms',
      'roadmap_export_xlsx_ms',
      'roadmap_export_pdf_ms',
      'roadmap_export_png_ms',
      'roadmap_export_html_ms',
    ]);
    // With sync on, the board's figures are the question (issue 15); an export reads what the board reads.
    if (!SYNC && wants('export'))
      await step('roadmap export', [...exportNames], async () => {
        const dialog = await openExportDialog(page);
        const labels = {
          roadmap_export_csv_ms: 'CSV spreadsheet',
          roadmap_export_xlsx_ms: 'Excel workbook (XLSX)',
          roadmap_export_pdf_ms: 'PDF document',
          roadmap_export_png_ms: 'PNG image',
          roadmap_export_html_ms: 'Interactive web page (HTML, works offline)',
        };
        for (const name of exportNames) {
          const runs = [];
          for (let i = 0; i < EXPORTS; i++) runs.push(await timeExport(page, dialog, labels[name]));
          log(`n=${n}: ${labels[name]}: ${runs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
          figure(name, n, null, extra({ runs }));
        }
        await page.keyboard.press('Escape');
      });

    if (process.env.BENCH_PROFILE && size === Math.max(...SIZES)) await profiles(page, cdp, n);
  } finally {
    await context.close();
  }
}

/** Imports of generated files through the dialog, each run in a fresh profile (the demo product open). */
async function measureImports(/** @type {import('playwright').Browser} */ browser, /** @type {string} */ url) {
  const files = /** @type {const} */ ([
    ['jira', () => ({ name: 'jira-10k.csv', mimeType: 'text/csv', buffer: Buffer.from(jiraCsv(IMPORT_ROWS)) })],
    [
      'trello',
      () => ({ name: 'trello-10k.json', mimeType: 'application/json', buffer: Buffer.from(trelloJson(IMPORT_ROWS)) }),
    ],
    [
      'csv',
      () => ({ name: 'spreadsheet-10k.csv', mimeType: 'text/csv', buffer: Buffer.from(genericCsv(IMPORT_ROWS)) }),
    ],
  ]);
  for (const [format, make] of files) {
    const file = make();
    log(`import ${format}: ${(file.buffer.length / 1e6).toFixed(1)} MB`);
    const names = /** @type {const} */ ([
      `import_${format}_preview_ms`,
      `import_${format}_saved_ms`,
      `import_${format}_longest_task_ms`,
    ]);
    const runs = [];
    for (let i = 0; i < IMPORT_RUNS; i++) {
      const context = await browser.newContext({
        viewport: { width: 1920, height: 1000 },
        locale: 'en-US',
        baseURL: url,
        serviceWorkers: 'block',
      });
      try {
        await context.addInitScript(probe);
        const page = await context.newPage();
        await page.goto('/', { waitUntil: 'commit' });
        await page.locator('[data-testid="requirement-card"]').first().waitFor({ timeout: 30_000 });
        await settle(page, 200);
        // BENCH_PROFILE: the first write of each format under the CPU profiler (its figure is kept; it reads slower).
        const cdp = process.env.BENCH_PROFILE && i === 0 ? await context.newCDPSession(page) : null;
        const aroundWrite = cdp
          ? async (/** @type {() => Promise<any>} */ fn) => {
              /** @type {any} */
              let result;
              const { total, top } = await profile(cdp, async () => (result = await fn()), DIST, 30);
              log(`import ${format}: CPU profile of Import → saved (${total.toFixed(0)} ms sampled); top self time:`);
              for (const t of top) log(`   ${t.ms.toFixed(1).padStart(8)} ms  ${t.fn}`);
              return result;
            }
          : undefined;
        runs.push(await timeImport(page, file, DIST, aroundWrite));
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        errors.push(`import ${format}: ${message}`);
        log(`import ${format} FAILED: ${error instanceof Error ? error.stack : message}`);
      } finally {
        await context.close();
      }
    }
    const note = `${(file.buffer.length / 1e6).toFixed(1)} MB; imported ${[...new Set(runs.map((r) => r.count))].join('/')} requirements`;
    if (runs.length === 0) for (const name of names) figure(name, IMPORT_ROWS, null, { note: 'no import completed' });
    else {
      figure(names[0], IMPORT_ROWS, null, { runs: runs.map((r) => r.read), note });
      figure(names[1], IMPORT_ROWS, null, { runs: runs.map((r) => r.write), note });
      figure(names[2], IMPORT_ROWS, Math.max(...runs.map((r) => r.longestTask)), {
        runs: runs.map((r) => r.longestTask),
        percentiles: false,
        note: 'the longest of all runs',
      });
    }
  }
}

/** CPU profiles of a reload and a drag, for finding where the time goes. */
async function profiles(
  /** @type {import('playwright').Page} */ page,
  /** @type {import('playwright').CDPSession} */ cdp,
  /** @type {number} */ n,
) {
  mkdirSync(DIST, { recursive: true });
  for (const [what, fn] of /** @type {const} */ ([
    ['reload', () => loadOnce(page).then(() => settle(page, 200))],
    ['drag', () => drag(page, { from: 'inbox', to: 'review', moves: DRAG_MOVES, measure: false })],
    // The keystrokes only: the reload before them is not profiled, so the first keystroke is a first one.
    ['filter', () => filterKeystrokes(page, FILTER_QUERY)],
  ])) {
    if (what === 'filter') await loadOnce(page).then(() => settle(page, 200));
    const { profile: p, total, top, areas } = await profile(cdp, fn, DIST);
    const file = join(DIST, `profile-${what}-${n}.cpuprofile`);
    writeFileSync(file, JSON.stringify(p));
    log(`n=${n}: CPU profile of a ${what} (${total.toFixed(0)} ms sampled, ${file}); top self time:`);
    for (const t of top) log(`   ${t.ms.toFixed(1).padStart(8)} ms  ${t.fn}`);
    log(`n=${n}: self time by package / folder:`);
    for (const a of areas) log(`   ${a.ms.toFixed(1).padStart(8)} ms  ${a.fn}`);
  }
}

async function main() {
  const watchdog = setTimeout(() => {
    log(`watchdog: still running after ${WATCHDOG_MS / 60_000} min, giving up`);
    process.exit(3); // the 'exit' hook kills the preview server
  }, WATCHDOG_MS);
  watchdog.unref();
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => process.exit(130));

  if (!process.env.BENCH_SKIP_BUILD) await build(ROOT, OUT_DIR);
  const server = await startPreview({ root: ROOT, outDir: OUT_DIR, port: PORT, host: HOST });
  const syncServer = SYNC
    ? await startSyncServer(ROOT).catch(async (e) => (await server.stop(), Promise.reject(e)))
    : undefined;
  /** @type {import('playwright').Browser | undefined} */
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium',
      headless: true,
      args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    });
    log(`Chromium ${browser.version()}`);
    for (const size of SIZES) await measureSize(browser, server.url, size, syncServer);
    if (IMPORT_RUNS > 0 && wants('import')) await measureImports(browser, server.url);
  } finally {
    await browser?.close().catch(() => {});
    await syncServer?.stop();
    await server.stop();
  }
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  log(`harness error: ${error instanceof Error ? error.stack : String(error)}`);
  errors.push(error instanceof Error ? error.message.split('\n')[0] : String(error));
  exitCode = 2;
}
if (errors.length > 0 && exitCode === 0) exitCode = 1;
const seconds = round((Date.now() - started) / 1000);
process.stdout.write(
  `${JSON.stringify({ summary: true, passed, failed, seconds, ...(errors.length ? { errors } : {}) })}\n`,
);
log(`${passed} passed, ${failed} failed in ${seconds} s${errors.length ? `; ${errors.length} harness error(s)` : ''}`);
process.exit(exitCode);
