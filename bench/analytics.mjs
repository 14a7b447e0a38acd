#!/usr/bin/env node
// `node bench/analytics.mjs`: the flow metrics (issue 17) for 10,000 requirements and 100,000
// events, timed in Node's V8 on the domain code the app's analytics worker runs (the IndexedDB
// read is not included; in the app it happens in the same worker, off the page's thread).
// The board's age markers (agingCards, the same worker) are timed on the same log as a second line.
// stdout: JSON lines in `npm run bench`'s format. stderr: progress.
const BUDGET_MS = 500;
const REQUIREMENTS = 10_000;
const EVENTS_PER_REQUIREMENT = 10;
const RUNS = 5;

import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { median, round } from './lib/stats.mjs';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const outDir = join(root, 'dist-bench', 'analytics');
process.stderr.write('analytics: bundling the domain code\n');
await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    outDir,
    emptyOutDir: true,
    minify: false,
    lib: {
      entry: {
        flowAnalytics: join(root, 'src/domain/analytics/flowAnalytics.ts'),
        aging: join(root, 'src/domain/analytics/aging.ts'),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
  },
});
const { flowAnalytics } = await import(pathToFileURL(join(outDir, 'flowAnalytics.js')).href);
const { agingCards } = await import(pathToFileURL(join(outDir, 'aging.js')).href);

// The default lifecycle, and a year of history: each requirement is created, walks forward
// through the stages with one move back in three (rework), and some go to the trash and back.
const KEYS = ['inbox', 'analysis', 'design', 'development', 'testing', 'released', 'review'];
const stages = KEYS.map((key, i) => ({
  id: `s-${key}`,
  key,
  rank: String.fromCharCode(97 + i),
  deleted: false,
  done: key === 'released' || key === 'review',
}));
const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 1, 9);
let seed = 7;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const requirements = [];
const events = [];
for (let r = 0; r < REQUIREMENTS; r++) {
  const id = `r-${r}`;
  let at = start + Math.floor(random() * 300) * DAY;
  let stage = 0;
  events.push({
    entityId: id,
    type: 'requirement.created',
    at: new Date(at).toISOString(),
    data: { stageId: stages[0].id },
  });
  for (let e = 1; e < EVENTS_PER_REQUIREMENT; e++) {
    at += Math.ceil(random() * 3) * DAY;
    if (e === 5 && r % 7 === 0) {
      events.push({ entityId: id, type: 'requirement.deleted', at: new Date(at).toISOString(), data: {} });
      continue;
    }
    if (e === 6 && r % 7 === 0) {
      events.push({
        entityId: id,
        type: 'requirement.restored',
        at: new Date(at).toISOString(),
        data: { from: 'deleted' },
      });
      continue;
    }
    const back = stage > 1 && r % 3 === 0 && e === 4;
    const next = back ? stage - 1 : Math.min(stage + 1, KEYS.length - 1);
    events.push({
      entityId: id,
      type: 'requirement.moved',
      at: new Date(at).toISOString(),
      data: { fromStageId: stages[stage].id, toStageId: stages[next].id },
    });
    stage = next;
  }
  const iso = new Date(start).toISOString();
  requirements.push({
    id,
    title: `Requirement ${r}`,
    stageId: stages[stage].id,
    state: 'active',
    createdAt: iso,
    updatedAt: iso,
  });
}

const input = { stages, requirements, events };
const flow = { startStageId: 's-development', doneStageId: 's-released' };
const range = { from: '2026-01-01', to: '2026-12-31' };

/** Times `compute` (after a warm-up run) and prints its line; `facts` reads the last result's counts. */
function report(name, compute, facts) {
  compute(); // warm-up
  const runs = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = compute();
    runs.push(performance.now() - t0);
  }
  const value = round(median(runs));
  const line = {
    name,
    n: REQUIREMENTS,
    value,
    unit: 'ms',
    budget: BUDGET_MS,
    ok: value <= BUDGET_MS,
    events: events.length,
    ...facts(result),
    runs: runs.map((x) => round(x)),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

report(
  'analytics_compute_ms',
  () => flowAnalytics(input, flow, range, '2026-12-31'),
  (result) => ({ finished: result.finished.length }),
);
report(
  'aging_markers_compute_ms',
  () => agingCards(input, flow, '2026-12-31'),
  (result) => ({ marked: result.ages.size }),
);
