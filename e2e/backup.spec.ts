// Settings → Data → Backup: one file with everything, restored as it was or as new products.
import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { downloadBackup, openBackup } from './support/backup';
import {
  card,
  expectNoAxeViolations,
  openBoard,
  quickAdd,
  titlesIn,
  waitSaved,
  setLanguage,
  chooseFromMenu,
} from './support/board';

interface BackupJson {
  format: string;
  formatVersion: number;
  exportedAt: string;
  tables: Record<string, { id: string; title?: string }[]>;
}

const withoutExportedAt = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '');

test('download a backup, replace all data with it after typing REPLACE, and download the same file again', async ({
  page,
}) => {
  await openBoard(page);
  const inboxBefore = await titlesIn(page, 'inbox');
  const first = await downloadBackup(page);
  const json = JSON.parse(first.text) as BackupJson;
  expect(json.format).toBe('cairn-backup');
  expect(json.formatVersion).toBe(1);
  expect(json.tables.products).toHaveLength(1);
  expect(json.tables.requirements?.length).toBeGreaterThan(10);
  expect(json.tables.events?.length).toBeGreaterThan(json.tables.requirements?.length ?? 0);
  expect(json.tables.initiatives?.length).toBeGreaterThan(0);

  // A change after the backup, which "Replace" must undo.
  await quickAdd(page, 'Inbox', 'Written after the backup');
  await waitSaved(page);

  const section = await openBackup(page);
  await section.getByLabel('Restore from backup…').setInputFiles(first.path);
  const preview = section.getByTestId('backup-preview');
  await expect(preview.getByTestId('backup-preview-requirements')).toHaveText(String(json.tables.requirements?.length));
  await expectNoAxeViolations(page);

  const replace = preview.getByRole('button', { name: 'Replace all my data' });
  await expect(replace).toBeDisabled();
  await preview.getByRole('textbox', { name: 'Type REPLACE to confirm' }).fill('REPLACE');
  await expect(replace).toBeEnabled();
  await replace.click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Backup restored. Products in it: 1.' })).toBeVisible();
  await waitSaved(page);

  await page.reload();
  await expect(card(page, 'Written after the backup')).toHaveCount(0);
  await expect.poll(() => titlesIn(page, 'inbox')).toEqual(inboxBefore);

  const second = await downloadBackup(page);
  expect(second.text).not.toBe(first.text);
  expect(withoutExportedAt(second.text)).toBe(withoutExportedAt(first.text));
});

test('restore as new products: the switcher shows both, and the board opens the copy', async ({ page }) => {
  await openBoard(page);
  const { path, text } = await downloadBackup(page);
  const originalId = (JSON.parse(text) as BackupJson).tables.products?.[0]?.id;
  const inboxBefore = await titlesIn(page, 'inbox');
  const section = await openBackup(page);
  await section.getByLabel('Restore from backup…').setInputFiles(path);
  await section.getByRole('button', { name: 'Add as new products' }).click();
  await waitSaved(page);
  const product = page.getByRole('combobox', { name: 'Product' });
  await expect(product.locator('option')).toHaveCount(2);
  const values = await product
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(values).toContain(originalId);
  // The copy is open, with the same board under new ids.
  await expect(product).not.toHaveValue(originalId ?? '');
  await expect.poll(() => titlesIn(page, 'inbox')).toEqual(inboxBefore);
});

test('a corrupt file: the problem names the row and field, and nothing changes', async ({ page }, testInfo) => {
  await openBoard(page);
  const { text } = await downloadBackup(page);
  const json = JSON.parse(text) as BackupJson;
  const broken = json.tables.requirements?.[2];
  if (!broken) throw new Error('demo backup has no requirements');
  broken.title = '';
  const corrupt = testInfo.outputPath('corrupt-backup.json');
  await writeFile(corrupt, JSON.stringify(json));
  const inboxBefore = await titlesIn(page, 'inbox');

  const section = await openBackup(page);
  await section.getByLabel('Restore from backup…').setInputFiles(corrupt);
  const problems = section.getByTestId('backup-problems');
  await expect(problems).toContainText('This file cannot be restored; nothing was changed.');
  await expect(problems.getByRole('listitem')).toHaveText([
    `requirements[2] (id ${broken.id}): title: expected at least 1 characters, got ""`,
  ]);
  await expect(section.getByRole('button', { name: 'Replace all my data' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // By keyboard: Cancel closes the list and focus returns to the file chooser.
  await section.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(problems).toHaveCount(0);
  await expect(section.getByLabel('Restore from backup…')).toBeFocused();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Product' }).locator('option')).toHaveCount(1);
  await expect.poll(() => titlesIn(page, 'inbox')).toEqual(inboxBefore);
});

test('in Chinese: the section is translated and "替换" is the word that confirms replacing', async ({ page }) => {
  await openBoard(page);
  const { path } = await downloadBackup(page);
  await setLanguage(page, '简体中文');
  await chooseFromMenu(page, '设置');
  const section = page.getByRole('dialog', { name: '设置' }).getByRole('group', { name: '备份' });
  await expect(section.getByRole('button', { name: '下载备份' })).toBeVisible();
  await section.getByLabel('从备份恢复…').setInputFiles(path);
  const replace = section.getByRole('button', { name: '替换我的全部数据' });
  const confirm = section.getByRole('textbox', { name: '输入 替换 以确认' });
  await confirm.fill('REPLACE');
  await expect(replace).toBeDisabled();
  await confirm.fill('替换');
  await expect(replace).toBeEnabled();
  await expectNoAxeViolations(page);
});

test('a daily snapshot is taken by itself; restoring it takes the data back to that moment', async ({ page }) => {
  await openBoard(page);
  const inboxBefore = await titlesIn(page, 'inbox');
  await chooseFromMenu(page, 'Settings');
  const section = page.getByRole('dialog', { name: 'Settings' }).getByRole('group', { name: 'Daily snapshots' });
  // Taken in a worker a few seconds after start-up; the list follows the database live.
  const today = section.getByTestId('snapshot');
  await expect(today).toHaveCount(1, { timeout: 20_000 });
  await expect(section.getByRole('checkbox', { name: 'Take a snapshot every day' })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Done' }).click();

  await quickAdd(page, 'Inbox', 'Written after the snapshot');
  await waitSaved(page);
  await expect(card(page, 'Written after the snapshot')).toBeVisible();

  await chooseFromMenu(page, 'Settings');
  await section.getByRole('button', { name: /^Restore / }).click();
  const preview = section.getByTestId('backup-preview');
  await preview.getByRole('textbox', { name: 'Type REPLACE to confirm' }).fill('REPLACE');
  await preview.getByRole('button', { name: 'Replace all my data' }).click();
  await waitSaved(page);
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeHidden();
  await expect(card(page, 'Written after the snapshot')).toHaveCount(0);
  expect(await titlesIn(page, 'inbox')).toEqual(inboxBefore);
});
