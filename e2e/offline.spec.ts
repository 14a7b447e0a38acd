// Cairn as an installed, offline app: the service worker serves the build, nothing leaves the machine.
import { expect, test, type Page } from '@playwright/test';
import {
  card,
  cards,
  column,
  dragTo,
  expectNoAxeViolations,
  openBoard,
  quickAdd,
  waitSaved,
  setLanguage,
  chooseFromMenu,
} from './support/board';

/** Waits until the service worker has precached the app and controls this page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

test('after one visit Cairn opens and saves offline, and nothing is lost back online', async ({ page, context }) => {
  await openBoard(page);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(column(page, 'inbox')).toBeVisible();
  // Parts loaded on first use (details, settings) come from the precache too.
  await cards(page, 'inbox').first().click();
  await expect(page.getByRole('dialog', { name: 'Requirement details' })).toBeVisible();
  await page.keyboard.press('Escape');
  await chooseFromMenu(page, 'Settings');
  await expect(
    page.getByRole('dialog', { name: 'Settings' }).getByText('Yes: Cairn opens without a network'),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await quickAdd(page, 'Inbox', 'Written on a plane');
  await dragTo(page, card(page, 'Written on a plane'), column(page, 'analysis'));
  await waitSaved(page);
  await expect(cards(page, 'analysis').filter({ hasText: 'Written on a plane' })).toHaveCount(1);

  await page.reload();
  await expect(cards(page, 'analysis').filter({ hasText: 'Written on a plane' })).toHaveCount(1);

  await context.setOffline(false);
  await page.reload();
  await expect(cards(page, 'analysis').filter({ hasText: 'Written on a plane' })).toHaveCount(1);
  await expect(cards(page, 'inbox').filter({ hasText: 'Written on a plane' })).toHaveCount(0);
});

test('a full session sends no request outside the app itself', async ({ page, context, baseURL }) => {
  const urls = new Set<string>();
  // context 'request' also reports the service worker's own fetches (precaching).
  context.on('request', (request) => urls.add(request.url()));
  page.on('request', (request) => urls.add(request.url()));

  await openBoard(page);
  await waitForServiceWorker(page);

  await cards(page, 'inbox').first().click();
  const detail = page.getByRole('dialog', { name: 'Requirement details' });
  await expect(detail).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  await chooseFromMenu(page, 'Settings');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByRole('group', { name: 'Storage on this device' })).toBeVisible();
  await settings.getByRole('button', { name: 'Done' }).click();

  await setLanguage(page, '简体中文');
  await expect(column(page, 'inbox').getByRole('heading', { name: '需求收集' })).toBeVisible();
  await chooseFromMenu(page, '设置');
  await expect(page.getByRole('dialog', { name: '设置' }).getByRole('group', { name: '本设备上的存储' })).toBeVisible();
  await page.keyboard.press('Escape');
  await setLanguage(page, 'English');
  await expect(column(page, 'inbox').getByRole('heading', { name: 'Inbox' })).toBeVisible();

  await chooseFromMenu(page, 'Stages');
  const stages = page.getByRole('dialog', { name: /^Stages of/ });
  await expect(stages).toBeVisible();
  await stages.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('searchbox', { name: 'Filter requirements' }).fill('P0');
  await expect(page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+$/ })).toBeVisible();
  await page.reload();
  await expect(column(page, 'inbox')).toBeVisible();

  const origin = new URL(baseURL ?? page.url()).origin;
  const foreign = [...urls].filter(
    (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
  );
  expect(foreign).toEqual([]);
  // The recording worked: the manifest, the worker, and what only the worker fetches (the 512 px icon, to precache it).
  expect([...urls].some((url) => url.endsWith('/manifest.webmanifest'))).toBe(true);
  expect([...urls].some((url) => url.endsWith('/sw.js'))).toBe(true);
  expect([...urls].some((url) => url.endsWith('/pwa-512x512.png'))).toBe(true);
});

test.describe('Settings → Data → Storage', () => {
  test('shows how much is stored and whether the browser keeps it', async ({ page }) => {
    await openBoard(page);
    await chooseFromMenu(page, 'Settings');
    const storage = page
      .getByRole('dialog', { name: 'Settings' })
      .getByRole('group', { name: 'Storage on this device' });
    await expect(storage.getByTestId('storage-usage')).toHaveText(/^[\d.,]+\s?(byte|kB|MB|GB)$/);
    await expect(storage.getByTestId('storage-available')).toHaveText(/^[\d.,]+\s?(byte|kB|MB|GB)$/);
    await expect(storage.getByTestId('storage-persisted')).toHaveText(/^(Granted|Not granted)/);
    await expectNoAxeViolations(page);
  });

  test('when the browser refuses, it warns and "Keep my data" asks again', async ({ page }) => {
    // The browser decides persistence by its own heuristics; pin its answers: refused, then granted when asked.
    await page.addInitScript(() => {
      let granted = false;
      navigator.storage.persisted = async () => granted;
      navigator.storage.persist = async () => (granted = true);
    });
    await openBoard(page);
    await chooseFromMenu(page, 'Settings');
    const storage = page
      .getByRole('dialog', { name: 'Settings' })
      .getByRole('group', { name: 'Storage on this device' });
    await expect(storage.getByTestId('storage-persisted')).toHaveText('Not granted');
    await expect(storage.getByRole('note')).toContainText('may clear it without asking. Export a backup');
    await expectNoAxeViolations(page);

    await storage.getByRole('button', { name: 'Keep my data' }).click();
    await expect(storage.getByTestId('storage-persisted')).toHaveText(/^Granted/);
    await expect(storage.getByRole('note')).toBeHidden();
    await expect(storage.getByRole('button', { name: 'Keep my data' })).toBeHidden();
  });
});
