// Analytics (issue 17): a known history, restored from a backup whose events carry their dates,
// read back as the cumulative flow, cycle-time percentiles, throughput and a forecast.
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { downloadBackup, replaceAllWithBackup } from './support/backup';
import { expectNoAxeViolations, openBoard, setLanguage } from './support/board';

interface Row {
  id: string;
  [field: string]: unknown;
}
interface Backup {
  tables: Record<string, Row[]>;
}

/** Cycle times of the finished requirements (days, inclusive): nearest-rank P50 = 5, P85 = P95 = 13. */
const CYCLE_DAYS = [2, 3, 5, 8, 13];

/** Noon UTC of the browser's local day `daysAgo` days back: the same calendar day in any time zone within ±11 h. */
function noon(today: string, daysAgo: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - daysAgo, 12)).toISOString();
}

/**
 * The demo's product, stages and members with only our requirements and events:
 * each created in Analysis, started in Development, finished in Released; the
 * 8-day one went back from Testing to Development once (rework).
 */
function withKnownHistory(backup: Backup, today: string): Backup {
  const tables = backup.tables;
  const product = tables.products![0]!;
  const stages = tables.stages!.filter((s) => s.productId === product.id);
  const stage = (key: string) => stages.find((s) => s.key === key)!.id as string;
  const template = tables.requirements!.find((r) => r.productId === product.id)!;
  const requirements: Row[] = [];
  const events: Row[] = [];
  const event = (entityId: string, type: string, at: string, data: Record<string, unknown>) =>
    events.push({ id: `e2e-event-${events.length}`, productId: product.id, entityId, type, at, data });
  const move = (id: string, from: string, to: string, at: string) =>
    event(id, 'requirement.moved', at, { fromStageId: stage(from), toStageId: stage(to), fromRank: 'a', toRank: 'b' });
  const add = (index: number, title: string, stageKey: string, createdAt: string) => {
    const id = `e2e-req-${index}`;
    requirements.push({
      ...template,
      id,
      title,
      stageId: stage(stageKey),
      rank: `a${index}`,
      state: 'active',
      createdAt,
      updatedAt: createdAt,
      initiativeId: null,
      iterationId: null,
      version: 1,
    });
    event(id, 'requirement.created', createdAt, { stageId: stage('analysis'), title });
    return id;
  };
  CYCLE_DAYS.forEach((days, i) => {
    const doneAgo = 3 + i * 4;
    const startAgo = doneAgo + days - 1;
    const id = add(i, `Finished in ${days} days`, 'released', noon(today, startAgo + 2));
    move(id, 'analysis', 'development', noon(today, startAgo));
    if (days === 8) {
      move(id, 'development', 'testing', noon(today, startAgo - 2));
      move(id, 'testing', 'development', noon(today, startAgo - 3));
    }
    move(id, 'development', 'released', noon(today, doneAgo));
  });
  const wip = add(9, 'Still in development', 'development', noon(today, 12));
  move(wip, 'analysis', 'development', noon(today, 10));
  const empty = ['lanes', 'initiatives', 'iterations', 'savedViews', 'competitors', 'feedback', 'capabilities'];
  return { ...backup, tables: { ...tables, ...Object.fromEntries(empty.map((t) => [t, []])), requirements, events } };
}

async function restoreKnownHistory(page: Page, path: string): Promise<void> {
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
  const { text } = await downloadBackup(page);
  await writeFile(path, JSON.stringify(withKnownHistory(JSON.parse(text) as Backup, today)));
  await replaceAllWithBackup(page, path);
}

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
