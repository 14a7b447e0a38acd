// The self-contained HTML export, used as a person would: opened from disk
// with no network, zoomed, hovered, tapped on a phone. Built straight from the
// pure exporter, so it runs before the roadmap views exist.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import {
  exportFixture,
  fixtureLabels,
  fixtureOptions,
  HOSTILE_TITLE,
} from '../src/domain/roadmap/export/exportFixture';
import { fontFaceCss, parseFontsourceCss, subsetsFor, visibleText } from '../src/domain/roadmap/export/fontSubsets';
import { exportHtml } from '../src/domain/roadmap/export/html';
import { HTML_PAGE_SCRIPT } from '../src/domain/roadmap/export/htmlScript';
import { expectNoAxeViolations } from './support/board';

const FONT_DIR = 'node_modules/@fontsource/noto-sans-sc';

function buildPage(path: string) {
  const data = exportFixture();
  const options = fixtureOptions({ format: 'html' });
  const scriptHash = createHash('sha256').update(HTML_PAGE_SCRIPT, 'utf8').digest('base64');
  const plain = exportHtml(data, options, fixtureLabels, { scriptHash });
  const subsets = subsetsFor(visibleText(plain), parseFontsourceCss(readFileSync(`${FONT_DIR}/400.css`, 'utf8')));
  const fontCss = fontFaceCss(
    'Noto Sans SC',
    subsets.map((subset) => ({ subset, base64: readFileSync(`${FONT_DIR}/files/${subset.file}`).toString('base64') })),
  );
  writeFileSync(path, exportHtml(data, options, fixtureLabels, { scriptHash, fontCss }));
}

async function openExport(page: Page, path: string) {
  const remote: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    if (/^https?:/.test(request.url())) remote.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(path).href);
  return { remote, problems };
}

test.describe('roadmap export: offline HTML page', () => {
  test('zooms, shows details on hover and keyboard, renders Chinese with its own font, and asks nothing of the network', async ({
    page,
  }, testInfo) => {
    const path = testInfo.outputPath('roadmap.html');
    buildPage(path);
    const { remote, problems } = await openExport(page, path);

    await expect(page.getByRole('heading', { level: 1, name: 'Cairn 路线图 / Q3 roadmap' })).toBeVisible();
    const zoom = page.getByRole('group', { name: 'Zoom' });
    await expect(zoom.getByRole('status')).toHaveText('Months');
    await expect(zoom.getByRole('button', { name: 'Zoom in' })).toBeDisabled();
    await zoom.getByRole('button', { name: 'Zoom out' }).click();
    await expect(zoom.getByRole('status')).toHaveText('Quarters');
    await expect(page.locator('[data-level="quarter"]')).toBeVisible();
    await expect(page.locator('[data-level="month"]')).toBeHidden();
    await zoom.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page.locator('[data-level="month"]')).toBeVisible();

    const details = page.getByRole('complementary', { name: 'Details' });
    await page.locator('[data-level="month"] [data-initiative-id="ini-onboarding"]').hover();
    await expect(details.getByRole('heading', { name: '新用户引导 Onboarding' })).toBeVisible();
    await expect(details).toContainText('40%');
    await expect(details).toContainText('注册流程 sign-up, step "1"');
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();

    // Hostile text is shown as text, never run.
    await page.getByRole('button', { name: HOSTILE_TITLE, exact: true }).focus();
    await expect(details.getByRole('heading', { name: HOSTILE_TITLE })).toBeVisible();
    await details.getByRole('button', { name: 'Close' }).click();
    await expect(details).toBeHidden();

    await page.evaluate(() => document.fonts.ready);
    const notoLoaded = await page.evaluate(
      () =>
        [...document.fonts].filter((face) => face.family.includes('Noto Sans SC') && face.status === 'loaded').length,
    );
    expect(notoLoaded).toBeGreaterThan(0);

    await expectNoAxeViolations(page);
    expect(remote).toEqual([]);
    expect(problems).toEqual([]);
  });
});

test.describe('roadmap export: offline HTML page on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });

  test('the list opens details as a bottom sheet', async ({ page }, testInfo) => {
    const path = testInfo.outputPath('roadmap.html');
    buildPage(path);
    const { remote, problems } = await openExport(page, path);

    await page.getByRole('button', { name: 'Team sync "v2"', exact: true }).tap();
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details).toContainText('Line one');
    await expect(details).toContainText('Line two');
    const box = await details.boundingBox();
    expect(box?.width).toBe(390);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeCloseTo(800, 0);
    // The page itself never scrolls sideways; only the timeline does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(remote).toEqual([]);
    expect(problems).toEqual([]);
  });
});
