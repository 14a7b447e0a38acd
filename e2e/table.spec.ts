import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { cards, column, expectNoAxeViolations, generateSample, openBoard, waitSaved, openView } from './support/board';

const table = (page: Page) => page.getByRole('table', { name: /^Requirements of / });
const row = (page: Page, title: string) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: `Edit Title of ${title}` }) });

/** Clicks an export button and returns the file it downloads. */
async function exportTable(page: Page, format: 'CSV' | 'XLSX'): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Export ${format}` }).click(),
  ]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

function parseCsv(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function openTable(page: Page): Promise<void> {
  await openBoard(page);
  await openView(page, 'Table');
  await expect(table(page).getByRole('row').nth(1)).toBeVisible();
}

test.describe('the requirements table', () => {
  test('bulk-moves three requirements to Design in one step, seen on the board, undone in one step', async ({
    page,
  }) => {
    await openTable(page);
    const titles = [
      'Price alerts for saved flights',
      'Split the payment between travel companions',
      'Offline access to booking confirmations',
    ];
    for (const title of titles) await page.getByRole('checkbox', { name: `Select ${title}` }).check();
    const bulk = page.getByRole('group', { name: 'Bulk actions on the selected requirements' });
    await expect(bulk.getByRole('status')).toHaveText('3 selected');
    await bulk.getByRole('combobox', { name: 'Move to stage' }).selectOption({ label: 'Design' });
    await expect(page.getByTestId('toast').filter({ hasText: '3 requirements changed.' })).toBeVisible();
    await waitSaved(page);
    for (const title of titles)
      await expect(row(page, title).getByRole('combobox', { name: `Edit Stage of ${title}` })).toHaveValue(/.+/);

    await openView(page, 'Board');
    for (const title of titles) await expect(cards(page, 'design').filter({ hasText: title })).toHaveCount(1);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
      'title',
      'Undo: move 3 requirements to Design (Ctrl+Z)',
    );
    await page.getByRole('banner').getByRole('button', { name: 'Undo', exact: true }).click();
    await waitSaved(page);
    for (const title of titles) await expect(cards(page, 'inbox').filter({ hasText: title })).toHaveCount(1);
    await expect(cards(page, 'design').filter({ hasText: titles[0] as string })).toHaveCount(0);
  });

  test('sorts by a header, edits in place (Enter saves, Escape cancels) and remembers the columns', async ({
    page,
  }) => {
    await openTable(page);
    const titleHeader = table(page).getByRole('columnheader', { name: 'Title' });
    await titleHeader.getByRole('button').click();
    await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
    const firstTitles = await table(page)
      .getByRole('button', { name: /^Edit Title of / })
      .evaluateAll((nodes) => nodes.slice(0, 3).map((n) => n.textContent ?? ''));
    expect(firstTitles).toEqual([...firstTitles].sort((a, b) => a.localeCompare(b, 'en')));
    await titleHeader.getByRole('button').click();
    await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');

    const title = 'Accessible seat map';
    await row(page, title)
      .getByRole('button', { name: `Edit Estimate of ${title}` })
      .click();
    const estimate = row(page, title).getByRole('spinbutton', { name: `Edit Estimate of ${title}` });
    await estimate.fill('8');
    await estimate.press('Enter');
    await waitSaved(page);
    await expect(row(page, title).getByRole('button', { name: `Edit Estimate of ${title}` })).toHaveText('8');
    await row(page, title)
      .getByRole('button', { name: `Edit Estimate of ${title}` })
      .click();
    await estimate.fill('13');
    await estimate.press('Escape');
    await expect(row(page, title).getByRole('button', { name: `Edit Estimate of ${title}` })).toHaveText('8');

    await row(page, title)
      .getByRole('combobox', { name: `Edit Priority of ${title}` })
      .selectOption('P0');
    await waitSaved(page);

    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('group', { name: 'Columns shown' }).getByRole('checkbox', { name: 'Tags' }).check();
    await expect(table(page).getByRole('columnheader', { name: 'Tags' })).toBeVisible();
    await page.reload();
    await expect(table(page).getByRole('columnheader', { name: 'Tags' })).toBeVisible();
    await expect(row(page, title).getByRole('combobox', { name: `Edit Priority of ${title}` })).toHaveValue('P0');
    await expect(row(page, title).getByRole('button', { name: `Edit Estimate of ${title}` })).toHaveText('8');
  });

  test('shift-click selects a range, select-all takes what is shown, rows open the details; no axe violations', async ({
    page,
  }) => {
    await openTable(page);
    const checkboxes = table(page).getByRole('checkbox', { name: /^Select (?!all)/ });
    await checkboxes.nth(1).click();
    await checkboxes.nth(4).click({ modifiers: ['Shift'] });
    await expect(
      page.getByRole('group', { name: 'Bulk actions on the selected requirements' }).getByRole('status'),
    ).toHaveText('4 selected');
    await page.getByRole('button', { name: 'Clear selection' }).click();

    await page.getByRole('searchbox', { name: 'Filter requirements' }).fill('hotel');
    await page.getByRole('checkbox', { name: 'Select all shown requirements' }).check();
    const shown = (await table(page).getByRole('row').count()) - 1;
    await expect(
      page.getByRole('group', { name: 'Bulk actions on the selected requirements' }).getByRole('status'),
    ).toHaveText(`${shown} selected`);
    await expect(table(page).locator('mark').first()).toHaveText(/hotel/i);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Open details of Hotel photos load slowly on 4G' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(column(page, 'inbox')).toHaveCount(0);
  });

  test('archived in bulk, requirements leave the board and come back under the archived filter', async ({ page }) => {
    await openTable(page);
    const title = 'Trip timeline on the home screen';
    await page.getByRole('checkbox', { name: `Select ${title}` }).check();
    await page
      .getByRole('group', { name: 'Bulk actions on the selected requirements' })
      .getByRole('button', { name: 'Archive' })
      .click();
    await waitSaved(page);
    await expect(row(page, title)).toHaveCount(0);

    await openView(page, 'Board');
    await expect(cards(page, 'design').filter({ hasText: title })).toHaveCount(0);
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('checkbox', { name: 'Show archived requirements instead of active ones' }).check();
    await expect(cards(page, 'design').filter({ hasText: title })).toHaveCount(1);
    await expect(page.getByTestId('requirement-card')).toHaveCount(1);

    await openView(page, 'Table');
    await expect(row(page, title)).toHaveCount(1);
    await expect(table(page).getByRole('row')).toHaveCount(2);
  });

  test('a thousand requirements render only the rows in view, and the last is reachable by scrolling', async ({
    page,
  }) => {
    test.slow();
    await openBoard(page);
    await generateSample(page, '1000');
    await openView(page, 'Table');
    await expect(table(page)).toHaveAttribute('aria-rowcount', '1001');
    expect(await table(page).getByRole('row').count()).toBeLessThan(100);
    const scroller = page.locator('.table__scroll');
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(table(page).locator('[role="row"][aria-rowindex="1001"]')).toBeVisible();
  });
  test('exports the table as shown (filter, sort, chosen columns) to a CSV another reader parses; no axe violations', async ({
    page,
  }) => {
    await openTable(page);
    await page.getByRole('button', { name: 'Columns' }).click();
    const chooser = page.getByRole('group', { name: 'Columns shown' });
    await chooser.getByRole('checkbox', { name: 'Type' }).check();
    await chooser.getByRole('checkbox', { name: 'Score' }).uncheck();
    await chooser.getByRole('checkbox', { name: 'Updated' }).uncheck();
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('searchbox', { name: 'Filter requirements' }).fill('hotel');
    const titleHeader = table(page).getByRole('columnheader', { name: 'Title' });
    await titleHeader.getByRole('button').click();
    await titleHeader.getByRole('button').click();
    await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');
    const shownTitles = await table(page)
      .getByRole('button', { name: /^Edit Title of / })
      .allTextContents();
    expect(shownTitles.length).toBeGreaterThan(1);
    const headers = await table(page).getByRole('columnheader').allTextContents();

    const { download, bytes } = await exportTable(page, 'CSV');
    expect(download.suggestedFilename()).toMatch(/-requirements-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv(bytes);
    // The header row of the table, less the selection and Open columns (and the sort arrow).
    expect(rows[0]).toEqual(headers.slice(2).map((h) => h.replace(/ [▲▼]$/, '')));
    expect(rows[0]).toEqual(['Title', 'Stage', 'Type', 'Priority', 'Owner', 'Estimate', 'Due']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(shownTitles);
    const first = rows[1] ?? [];
    const shownRow = row(page, shownTitles[0] ?? '');
    expect(first[1]).toBe(
      await shownRow
        .getByRole('combobox', { name: /^Edit Stage of / })
        .locator('option:checked')
        .textContent(),
    );
    expect(first[2]).toBe(await shownRow.locator('.table__cell--type').textContent());
    await expect(page.getByTestId('toast').filter({ hasText: 'Exported the table as shown to' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('exports every filtered row, not only those rendered, to CSV and to an XLSX that exceljs reads back', async ({
    page,
  }) => {
    test.slow();
    await openBoard(page);
    await generateSample(page, '1000');
    await openView(page, 'Table');
    await expect(table(page)).toHaveAttribute('aria-rowcount', '1001');
    await page.getByRole('button', { name: /^Filters/ }).click();
    const priority = page
      .getByRole('group', { name: 'Filter requirements by' })
      .getByRole('group', { name: 'Priority' });
    await priority.getByRole('checkbox', { name: 'P1' }).check();
    await priority.getByRole('checkbox', { name: 'P2' }).check();
    await expect(table(page)).not.toHaveAttribute('aria-rowcount', '1001');
    const shown = Number(await table(page).getAttribute('aria-rowcount')) - 1;
    expect(shown).toBeGreaterThan(100);
    expect(await table(page).getByRole('row').count()).toBeLessThan(100);

    const csv = parseCsv((await exportTable(page, 'CSV')).bytes);
    expect(csv).toHaveLength(shown + 1);
    const priorityAt = csv[0]?.indexOf('Priority') ?? -1;
    expect(new Set(csv.slice(1).map((r) => r[priorityAt]))).toEqual(new Set(['P1', 'P2']));

    const { download, bytes } = await exportTable(page, 'XLSX');
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Requirements');
    expect(sheet?.rowCount).toBe(shown + 1);
    expect(sheet?.getRow(1).values).toEqual([undefined, ...(csv[0] ?? [])]);
    expect(sheet?.getRow(shown + 1).getCell(1).value).toBe(csv[shown]?.[0]?.replace(/^'(?=[=+\-@\t\r])/, ''));
  });
});
