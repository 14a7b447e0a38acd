#!/usr/bin/env node
// The sync mirror's figures (bench/sync/mirror.measure.ts) as JSON lines on stdout, like
// `npm run bench`: no budgets yet, figures to compare between changes. Env: SYNC_BENCH_SIZE
// (requirements, default 10000).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(tmpdir(), 'cairn-sync-bench-'));
const out = path.join(dir, 'figures.jsonl');
const run = spawnSync('npx', ['vitest', 'run', '--config', 'bench/sync/vitest.config.mjs'], {
  env: { ...process.env, SYNC_BENCH_OUT: out },
  stdio: ['ignore', 'ignore', 'inherit'],
});
let figures = '';
try {
  figures = readFileSync(out, 'utf8');
} catch {
  // No figures: the run broke before the first one; its stderr says why.
}
rmSync(dir, { recursive: true, force: true });
process.stdout.write(figures);
process.exit(run.status === 0 && figures !== '' ? 0 : 1);
