import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { genericCsv, JIRA_COLUMNS, jiraCsv, jiraCsvCounts } from '../bench/lib/importFiles.mjs';
import { card, column, expectNoAxeViolations, openBoard, waitSaved, chooseFromMenu } from './support/board';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

async function openImport(page: Page): Promise<Locator> {
  await openBoard(page);
  await chooseFromMenu(page, 'Settings');
  await page
    .getByRole('dialog', { name: 'Settings' })
    .getByRole('button', { name: 'Import from Trello, Jira or CSV…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog.getByText('Step 1 of 3: File')).toBeVisible();
  return dialog;
}

async function chooseFile(
  dialog: Locator,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await dialog.getByLabel('File to import').setInputFiles(typeof file === 'string' ? path.join(fixtures, file) : file);
  await expect(dialog.getByRole('button', { name: 'Next' })).toBeEnabled();
}

/** Requirement rows in IndexedDB, whatever the board shows. */
function requirementRows(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('cairn');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('requirements').objectStore('requirements').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

async function productOptions(page: Page): Promise<string[]> {
  // The switcher loads just after the board paints.
  const switcher = page.getByRole('combobox', { name: 'Product' });
  await expect(switcher).toBeVisible();
  return switcher.locator('option').allTextContents();
}

test('import the Trello board into a new product, see it on the board, open a card, undo', async ({ page }) => {
  const dialog = await openImport(page);
  await expectNoAxeViolations(page);
  await chooseFile(dialog, 'trello-how-goes-it-en.json');
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('trello');
  await expectNoAxeViolations(page);

  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByText('Step 2 of 3: Mapping')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Import into' })).toHaveValue('new');
  await expect(dialog.getByRole('textbox', { name: 'New product name' })).toHaveValue('How Goes It? - Public Board');
  const lists = dialog.getByRole('group', { name: 'Stages' });
  await expect(lists.getByRole('combobox')).toHaveCount(7);
  await expect(lists.getByRole('combobox', { name: 'Stage for “Done”' }).locator('option:checked')).toHaveText(
    'Released',
  );
  await lists.getByRole('combobox', { name: 'Stage for “Blocked by Dependencies”' }).selectOption({ label: 'Design' });
  await expectNoAxeViolations(page);

  await dialog.getByRole('button', { name: 'Next' }).click();
  const counts = dialog.getByTestId('import-counts');
  await expect(counts).toContainText('40 requirements');
  await expect(counts).toContainText('7 stages');
  await expect(counts).toContainText('8 members');
  await expect(counts).toContainText('1 archived');
  await expect(dialog.getByText('No problems found.')).toBeVisible();
  await expectNoAxeViolations(page);

  await dialog.getByRole('button', { name: 'Import' }).click();
  await waitSaved(page);
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('toast')).toContainText('Imported 40 requirements');
  await expect(page.getByRole('combobox', { name: 'Product' }).locator('option:checked')).toHaveText(
    'How Goes It? - Public Board',
  );
  await expect(column(page, 'design').getByTestId('requirement-card')).toHaveCount(4);
  await expect(column(page, 'released').locator('.column__count')).toHaveAttribute('aria-label', '19 requirements');

  // A card with a checklist and a comment.
  await page.getByRole('searchbox', { name: 'Filter requirements' }).fill('#5 Web App');
  await card(page, '#5 Web App Wireframes (Desktop)').click();
  const detail = page.getByRole('dialog', { name: 'Requirement details' });
  await expect(detail.getByRole('checkbox', { name: /Add wireframes showing state with fresh account/ })).toBeChecked();
  const notes = detail.getByRole('region', { name: 'Notes', exact: true });
  await expect(notes).toContainText('First draft of wireframes');
  await expectNoAxeViolations(page);
  await detail.getByRole('button', { name: 'Close' }).click();

  const before = await productOptions(page);
  await page.getByTestId('toast').getByRole('button', { name: 'Undo import' }).click();
  await waitSaved(page);
  await expect(page.getByTestId('toast').filter({ hasText: 'Import undone' })).toBeVisible();
  await expect
    .poll(() => productOptions(page))
    .toEqual(before.filter((name) => name !== 'How Goes It? - Public Board'));
});

test('import the Jira export with statuses and priorities mapped', async ({ page }) => {
  const dialog = await openImport(page);
  await chooseFile(dialog, 'jira-pdp-scrum-en.csv');
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('jira');
  await expect(dialog.getByRole('combobox', { name: 'Text encoding' }).locator('option:checked')).toHaveText(
    'Detect (UTF-8)',
  );
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByRole('textbox', { name: 'New product name' })).toHaveValue('SCRUM');
  const statuses = dialog.getByRole('group', { name: 'Stages' });
  await expect(statuses.getByRole('combobox', { name: 'Stage for “In Review”' }).locator('option:checked')).toHaveText(
    'Review',
  );
  await statuses.getByRole('combobox', { name: 'Stage for “In Review”' }).selectOption({ label: 'Testing' });
  const priorities = dialog.getByRole('group', { name: 'Priorities' });
  await expect(priorities.getByRole('combobox', { name: 'Priority for “Highest”' })).toHaveValue('P0');
  await priorities.getByRole('combobox', { name: 'Priority for “Medium”' }).selectOption('P3');
  await expectNoAxeViolations(page);

  await dialog.getByRole('button', { name: 'Next' }).click();
  const counts = dialog.getByTestId('import-counts');
  await expect(counts).toContainText('62 requirements');
  await expect(counts).toContainText('4 stages');
  await expect(counts).toContainText('9 initiatives');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await waitSaved(page);
  await expect(page.getByTestId('toast')).toContainText('Imported 62 requirements');
  await expect(page.getByRole('combobox', { name: 'Product' }).locator('option:checked')).toHaveText('SCRUM');
  await expect(column(page, 'testing').locator('.column__count')).toHaveAttribute('aria-label', /^\d+ requirements$/);
  await expect(column(page, 'review')).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Filter requirements' }).fill('P3');
  await expect(page.getByText(/Showing \d+ of 62/)).toBeVisible();
  // Story points arrive as the estimate, sprints as planned iterations.
  await page.getByRole('searchbox', { name: 'Filter requirements' }).fill('farm-profile sync');
  await card(page, 'Replace mocked farm-profile sync with durable synced profile state and validation refresh').click();
  const detail = page.getByRole('dialog', { name: 'Requirement details' });
  await expect(detail.getByRole('combobox', { name: 'Priority' })).toHaveValue('P3');
  await expect(detail.getByRole('spinbutton', { name: 'Estimate (story points)' })).toHaveValue('5');
  await expect(detail.getByRole('combobox', { name: 'Iteration' }).locator('option:checked')).toHaveText(
    'SCRUM questions Sprint 6 (Planned)',
  );
  await expectNoAxeViolations(page);
  await detail.getByRole('button', { name: 'Close' }).click();

  // The import is one step in the undo history, kept across the switch to its new product.
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toHaveAttribute('title', 'Undo: import 62 requirements (Ctrl+Z)');
  await undo.click();
  await waitSaved(page);
  await expect.poll(() => productOptions(page)).not.toContain('SCRUM');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await waitSaved(page);
  await expect(page.getByRole('combobox', { name: 'Product' }).locator('option:checked')).toHaveText('SCRUM');
  await expect(column(page, 'testing').locator('.column__count')).toHaveAttribute('aria-label', /^\d+ requirements$/);
});

test('a broken file shows its problems with their lines and writes nothing', async ({ page }) => {
  const dialog = await openImport(page);
  const before = await productOptions(page);
  await chooseFile(dialog, {
    name: 'backlog.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Title,Due,Estimate\nLogin,2026-02-30,3\n,2026-01-01,\nExport,2026-01-01,lots\n'),
  });
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('csv');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Column “Title”' })).toHaveValue('title');
  await expect(dialog.getByRole('table', { name: 'First rows of the file' }).getByRole('row')).toHaveCount(4);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Next' }).click();
  const problems = dialog.getByTestId('import-problems');
  await expect(problems.getByRole('listitem')).toHaveText([
    'Error line 2, Due: Not a date (2026-02-30)',
    'Error line 3, Title: No title',
    'Error line 4, Estimate: Not a number (lots)',
  ]);
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await productOptions(page)).toEqual(before);
});

test('a 10,000-row CSV is read in the background and imported into a new product', async ({ page }) => {
  const dialog = await openImport(page);
  const lines = ['Title\tStage\tPriority\tTags'];
  for (let i = 0; i < 10_000; i++)
    lines.push(`Requirement ${i}\t${i % 3 === 0 ? 'Done' : 'Backlog'}\tP${i % 4}\tscale`);
  await chooseFile(dialog, {
    name: 'big.tsv',
    mimeType: 'text/tab-separated-values',
    buffer: Buffer.from(lines.join('\n')),
  });
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('combobox', { name: 'Import into' }).selectOption('new');
  await expect(dialog.getByRole('textbox', { name: 'New product name' })).toHaveValue('big');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByTestId('import-counts')).toContainText('10,000 requirements');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await waitSaved(page);
  await expect(page.getByTestId('toast')).toContainText('Imported 10,000 requirements');
  await expect(column(page, 'inbox').locator('.column__count')).toHaveAttribute('aria-label', '6666 requirements');
  await expect(column(page, 'released').locator('.column__count')).toHaveAttribute('aria-label', '3334 requirements');
});

test(`a generated 5,000-issue Jira export of ${JIRA_COLUMNS} columns is imported whole, with the right count`, async ({
  page,
}) => {
  const rows = 5_000;
  const expected = jiraCsvCounts(rows);
  const dialog = await openImport(page);
  await chooseFile(dialog, { name: 'jira-5000.csv', mimeType: 'text/csv', buffer: Buffer.from(jiraCsv(rows)) });
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('jira');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('button', { name: 'Next' }).click();
  const counts = dialog.getByTestId('import-counts');
  await expect(counts).toContainText(`${expected.requirements.toLocaleString('en-US')} requirements`);
  await expect(counts).toContainText(`${expected.initiatives.toLocaleString('en-US')} initiatives`);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await waitSaved(page);
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('toast')).toContainText(
    `Imported ${expected.requirements.toLocaleString('en-US')} requirements`,
  );
  const total = async () => {
    let sum = 0;
    for (const label of await page
      .locator('[data-testid="stage-column"] .column__count')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? '')))
      sum += Number(/\d+/.exec(label)?.[0] ?? 0);
    return sum;
  };
  await expect.poll(total).toBe(expected.requirements);
});

test('Cancel while a 10,000-row import is being written leaves the database as it was', async ({ page }) => {
  const dialog = await openImport(page);
  const products = await productOptions(page);
  const inboxCount = await column(page, 'inbox').locator('.column__count').getAttribute('aria-label');
  const rowsBefore = await requirementRows(page);
  await chooseFile(dialog, { name: 'spreadsheet.csv', mimeType: 'text/csv', buffer: Buffer.from(genericCsv(10_000)) });
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('combobox', { name: 'Import into' }).selectOption('existing');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Writing the import' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await waitSaved(page);
  await expect(page.getByTestId('toast').filter({ hasText: 'Imported' })).toHaveCount(0);
  // Nothing left behind, also after a reload (the rows would be in IndexedDB, not only on screen).
  for (const reload of [false, true]) {
    if (reload) await page.reload();
    await expect(column(page, 'inbox').locator('.column__count')).toHaveAttribute('aria-label', inboxCount ?? '');
    expect(await productOptions(page)).toEqual(products);
  }
  expect(await requirementRows(page)).toBe(rowsBefore);
});

test('a GBK file from Chinese Excel is detected and shown correctly before import', async ({ page }) => {
  const dialog = await openImport(page);
  // "标题,阶段\n登录,开发\n" in GBK.
  const gbk = Buffer.from([
    0xb1, 0xea, 0xcc, 0xe2, 0x2c, 0xbd, 0xd7, 0xb6, 0xce, 0x0a, 0xb5, 0xc7, 0xc2, 0xbc, 0x2c, 0xbf, 0xaa, 0xb7, 0xa2,
    0x0a,
  ]);
  await chooseFile(dialog, { name: '需求.csv', mimeType: 'text/csv', buffer: gbk });
  await expect(dialog.getByRole('combobox', { name: 'Text encoding' }).locator('option:checked')).toHaveText(
    'Detect (GBK / GB18030 (Chinese Excel))',
  );
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Column “标题”' })).toHaveValue('title');
  await expect(dialog.getByRole('table', { name: 'First rows of the file' })).toContainText('登录');
  await expect(dialog.getByRole('combobox', { name: 'Stage for “开发”' }).locator('option:checked')).toHaveText(
    'Development',
  );
  // Read as UTF-8 on purpose, the text is garbled: the person can tell and switch back.
  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('combobox', { name: 'Text encoding' }).selectOption('utf-8');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByRole('table', { name: 'First rows of the file' })).not.toContainText('登录');
});

test('an empty file and binary data renamed .csv are refused on step 1, with Next disabled', async ({ page }) => {
  const dialog = await openImport(page);
  const input = dialog.getByLabel('File to import');
  await input.setInputFiles({ name: 'board.json', mimeType: 'application/json', buffer: Buffer.from('  \n') });
  await expect(dialog.getByRole('alert')).toHaveText('This file is empty.');
  await expect(dialog.getByRole('button', { name: 'Next' })).toBeDisabled();
  await expect(dialog.getByText('Step 1 of 3: File')).toBeVisible();
  await expectNoAxeViolations(page);

  const binary = Buffer.alloc(4096);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919 + 13) % 256;
  await input.setInputFiles({ name: 'data.csv', mimeType: 'text/csv', buffer: binary });
  await expect(dialog.getByRole('alert')).toContainText('This is not a text file');
  await expect(dialog.getByRole('button', { name: 'Next' })).toBeDisabled();
  await expectNoAxeViolations(page);

  await input.setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"products": []}'),
  });
  await expect(dialog.getByRole('alert')).toHaveText('This is not a Trello export: it has no “lists” and “cards”.');
  await expect(dialog.getByRole('button', { name: 'Next' })).toBeDisabled();
});
