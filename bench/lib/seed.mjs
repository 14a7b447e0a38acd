// Seeds a fresh browser context through the app itself: the demo product on first open,
// then Settings → Size → "Generate sample product".
/* global document -- used inside page.evaluate / addInitScript callbacks, which run in the browser */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { log, openSettings, waitSaved } from './measure.mjs';

/** @typedef {import('playwright').Page} Page */

/** Whether the sample generator has been built (its UI lives in DataSection.tsx). @param {string} root */
export function generatorBuilt(root) {
  return existsSync(join(root, 'src/features/settings/DataSection.tsx'));
}

/** Active requirements on the current board, from the column counts. @param {Page} page */
export async function boardTotal(page) {
  return page.evaluate(() => {
    let total = 0;
    for (const el of document.querySelectorAll('[data-testid="stage-column"] .column__count')) {
      // "1,234" or "3 / 5" (count / WIP limit): the first number is the count.
      const m = (el.textContent ?? '').replace(/[,\s\u00a0\u202f]/g, '').match(/\d+/);
      if (m) total += Number(m[0]);
    }
    return total;
  });
}

/**
 * Waits for the first-run demo product, then generates a sample product of
 * `size` requirements through the Settings dialog. Returns how long the
 * generation took (click → dialog closed and saved) and the board's total.
 * @param {Page} page a page of a fresh context, already on the app
 * @param {number} size
 */
export async function generateSample(page, size) {
  await page
    .locator('[data-testid="stage-column"][data-stage-key="inbox"] [data-testid="requirement-card"]')
    .first()
    .waitFor({ timeout: 30_000 });
  await waitSaved(page);
  const before = await boardTotal(page);
  await openSettings(page);
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.waitFor({ timeout: 10_000 });
  await dialog.getByLabel('Size', { exact: true }).selectOption(String(size));
  const started = Date.now();
  await dialog.getByRole('button', { name: 'Generate sample product' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 180_000 });
  await waitSaved(page, 180_000);
  const ms = Date.now() - started;
  // The app switches to the new product; wait until its board shows more than the demo did.
  const deadline = Date.now() + 60_000;
  let total = await boardTotal(page);
  while (total <= before && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    total = await boardTotal(page);
  }
  log(`generated a sample of ${size} in ${(ms / 1000).toFixed(1)} s; the board shows ${total} active requirements`);
  return { ms, total };
}
