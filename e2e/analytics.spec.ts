// Analytics (issue 17): a known history, restored from a backup whose events carry their dates,
// read back as the cumulative flow, cycle-time percentiles, throughput and a forecast.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openBoard, setLanguage, waitSaved } from './support/board';
import { restoreKnownHistory } from './support/flowHistory';

test('a known history reads back as cumulative flow, cycle-time P85, throughput and a forecast, and a chart exports as CSV', async ({
  page,
}, testInfo) => {
  await openBoard(page);
  await restoreKnownHistory(page, testInfo.outputPath('known-history.json'));

  // G then A, from the board.
  await page.keyboard.press('g');
  await page.keyboard.press('a');
  await expect(page.getByRole('heading', { level: 2, name: /^Analytics · / })).toBeVisible();

  const cfd = page.getByTestId('analytics-cfd');
  await expect(cfd.getByRole('heading', { name: 'Cumulative flow' })).toBeVisible();
  await expect(page.getByTestId('analytics-cfd-summary')).toContainText('6 requirements in all');
  await expect(page.getByTestId('analytics-cfd-summary')).toContainText('Released 5');
  await expect(page.getByTestId('analytics-cfd-summary')).toContainText('Development 1');

  await expect(page.getByTestId('analytics-cycle-time-summary')).toHaveText(
    '5 requirements finished. Cycle time P50 5 days, P85 13 days, P95 13 days.',
  );
  await expect(page.getByTestId('analytics-throughput-summary')).toContainText('5 requirements finished over');
  await expect(page.getByTestId('analytics-aging-summary')).toContainText(
    '1 requirements in progress; the oldest started 11 days ago',
  );

  const forecast = page.getByTestId('analytics-forecast');
  await expect(forecast.getByTestId('analytics-forecast-history')).toContainText('90 days, 5 requirements finished');
  await expect(forecast.getByRole('row', { name: /^85 %/ })).toContainText(/at least \d+/);
  await expect(forecast.getByRole('row', { name: /^85 %/ })).toContainText(/on or before/);

  // A point opens its requirement, by keyboard.
  await page.getByRole('button', { name: /^Finished in 13 days: 13 days/ }).press('Enter');
  const detail = page.getByRole('dialog', { name: 'Requirement details' });
  await expect(detail.getByRole('textbox', { name: 'Title' })).toHaveValue('Finished in 13 days');
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  const cycle = page.getByTestId('analytics-cycle-time');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    cycle.getByRole('button', { name: 'Download Cycle time as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-cycle-time\.csv$/);
  const csv = (await readFile(await download.path(), 'utf8'))
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe('Requirement,Started,Finished,Cycle time (days),Moves back');
  expect(csv.slice(1).map((line) => line.split(',').slice(3))).toEqual([
    ['13', '0'],
    ['8', '1'],
    ['5', '0'],
    ['3', '0'],
    ['2', '0'],
  ]);

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    cycle.getByRole('button', { name: 'Download Cycle time as SVG' }).click(),
  ]);
  expect(await readFile(await svg.path(), 'utf8')).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    cycle.getByRole('button', { name: 'Download Cycle time as PNG' }).click(),
  ]);
  expect((await readFile(await png.path())).subarray(1, 4).toString('ascii')).toBe('PNG');

  await cycle.getByRole('button', { name: 'Show Cycle time as a table' }).click();
  await expect(cycle.getByRole('table')).toContainText('Finished in 8 days');
  await expectNoAxeViolations(page);
});

test('in 简体中文 the charts, their help and the forecast read in Chinese, with no axe violations', async ({
  page,
}) => {
  await openBoard(page);
  await setLanguage(page, '简体中文');
  await page.keyboard.press('g');
  await page.keyboard.press('a');
  await expect(page.getByRole('heading', { level: 2, name: /^数据分析 · / })).toBeVisible();
  for (const title of ['累积流图', '周期时间', '前置时间', '吞吐量', '在制品时长', '预测']) {
    await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
  }
  await expect(page.getByTestId('analytics-cfd-summary')).toContainText('个需求');
  await expect(page.getByRole('button', { name: '下载累积流图 CSV' })).toBeVisible();
  await expectNoAxeViolations(page);
});

async function openAnalytics(page: Page): Promise<void> {
  await page.keyboard.press('g');
  await page.keyboard.press('a');
  await expect(page.getByRole('heading', { level: 2, name: /^Analytics · / })).toBeVisible();
}

test('a chosen start stage stays the product’s after a reload, and a saved filter narrows the charts to what it matches', async ({
  page,
}, testInfo) => {
  await openBoard(page);
  await restoreKnownHistory(page, testInfo.outputPath('known-history.json'));
  await openAnalytics(page);

  const start = page.getByRole('combobox', { name: 'Cycle time starts at' });
  await expect(start.locator('option:checked')).toHaveText('Development');
  // A start after the done stage cannot be chosen at all.
  await expect(start.getByRole('option', { name: 'Review' })).toHaveCount(0);
  await start.selectOption({ label: 'Design' });
  await waitSaved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: /^Analytics · / })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Cycle time starts at' }).locator('option:checked')).toHaveText(
    'Design',
  );

  // "Urgent" (priority P0) matches the 8- and 13-day requirements only.
  await expect(page.getByTestId('analytics-throughput-summary')).toContainText('5 requirements finished over');
  await page.getByRole('combobox', { name: 'Saved filter' }).selectOption({ label: 'Urgent' });
  await expect(page.getByTestId('analytics-throughput-summary')).toContainText('2 requirements finished over');
  await expect(page.getByTestId('analytics-cycle-time-summary')).toHaveText(
    '2 requirements finished. Cycle time P50 8 days, P85 13 days, P95 13 days.',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Cycle time as CSV' }).click(),
  ]);
  const rows = (await readFile(await download.path(), 'utf8')).trim().split('\r\n').slice(1);
  expect(rows.map((line) => line.split(',').slice(3))).toEqual([
    ['13', '0'],
    ['8', '1'],
  ]);
  await expectNoAxeViolations(page);
});
