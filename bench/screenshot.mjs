#!/usr/bin/env node
// `npm run screenshot`: refreshes docs/screenshot.png, the README's picture of the board, from the
// demo product a first-time visitor gets, so it never drifts from the app. Builds, serves the build,
// opens it in Debian's Chromium at 1440 × 900 and waits for the app's own "saved" signal.
//
// Env: CHROMIUM_PATH (default /usr/bin/chromium), SCREENSHOT_LOCALE (default en-US; zh-CN works too),
// SCREENSHOT_PORT (default 4192).

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { waitSaved } from './lib/measure.mjs';
import { build, startPreview } from './lib/server.mjs';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4192);
const HOST = '127.0.0.1';
const OUT_DIR = 'dist-screenshot';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = join(ROOT, 'docs', 'screenshot.png');

await build(ROOT, OUT_DIR);
const server = await startPreview({ root: ROOT, outDir: OUT_DIR, port: PORT, host: HOST });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    locale: process.env.SCREENSHOT_LOCALE ?? 'en-US',
    colorScheme: 'light',
  });
  await page.goto(`http://${HOST}:${PORT}/`);
  await waitSaved(page);
  await page.getByTestId('requirement-card').first().waitFor();
  // Fonts and the cards' late badges (scores, feedback counts) settle before the picture is taken.
  await page.evaluate(() => globalThis.document.fonts.ready);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: TARGET });
  process.stderr.write(`[screenshot] wrote ${TARGET}\n`);
} finally {
  await browser.close();
  await server.stop();
}
