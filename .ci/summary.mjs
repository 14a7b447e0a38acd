#!/usr/bin/env node
// Sums the unit (Vitest) and end-to-end (Playwright) JSON reports and prints,
// as the last line, `N passed, N failed`. Exits 1 when anything failed.
//
//   node .ci/summary.mjs [--unit-exit CODE] [--e2e-exit CODE]
//     [--unit-report PATH] [--e2e-report PATH]
//
// A missing or unreadable report counts its step as 1 failed. A step whose
// exit code is non-zero but whose report shows no failure (a test file that
// does not load, a global-setup error, no test files) also counts as 1 failed.
// Playwright tests that passed on retry (flaky) count as passed; skipped and
// todo tests are not counted.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    if (!key || argv[i + 1] === undefined) throw new Error(`bad arguments: ${argv.join(' ')}`);
    args[key] = argv[i + 1];
  }
  return args;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function exitCode(value) {
  return value === undefined ? 0 : Number(value) || 0;
}

/** Vitest `--reporter=json`. */
function unitCounts(report) {
  const passed = Number(report.numPassedTests) || 0;
  let failed = Number(report.numFailedTests) || 0;
  // A test file that fails to load has status "failed" but no failed test.
  for (const file of report.testResults ?? []) {
    const anyFailed = (file.assertionResults ?? []).some((a) => a.status === 'failed');
    if (file.status === 'failed' && !anyFailed) failed += 1;
  }
  if (failed === 0 && report.success === false) failed = 1;
  return { passed, failed };
}

/** Playwright `json` reporter. */
function e2eCounts(report) {
  const stats = report.stats ?? {};
  const passed = (Number(stats.expected) || 0) + (Number(stats.flaky) || 0);
  // Top-level errors: global setup, web server, worker teardown, …
  const failed = (Number(stats.unexpected) || 0) + (report.errors?.length ?? 0);
  if (Number(stats.flaky) > 0)
    console.log(`e2e: ${stats.flaky} flaky (failed once, passed on retry): see .reports/e2e.json`);
  return { passed, failed };
}

function step(name, file, counts, code) {
  const report = readJson(file);
  if (report === null) {
    const shown = path.relative(root, file).startsWith('..') ? file : path.relative(root, file);
    console.log(`${name}: no readable report at ${shown} (exit ${code}): 1 failed`);
    return { passed: 0, failed: 1 };
  }
  const result = counts(report);
  if (result.failed === 0 && code !== 0) {
    console.log(`${name}: exit ${code} but the report shows no failed test: counting 1 failed`);
    result.failed = 1;
  }
  console.log(`${name}: ${result.passed} passed, ${result.failed} failed (exit ${code})`);
  return result;
}

const args = parseArgs(process.argv.slice(2));
const unit = step(
  'unit (vitest)',
  path.resolve(root, args['unit-report'] ?? '.reports/unit.json'),
  unitCounts,
  exitCode(args['unit-exit']),
);
const e2e = step(
  'e2e (playwright)',
  path.resolve(root, args['e2e-report'] ?? '.reports/e2e.json'),
  e2eCounts,
  exitCode(args['e2e-exit']),
);

const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
