// Settings → Data → Backup, as a person uses it: download a backup, and replace all data with a file.
import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { waitSaved, chooseFromMenu } from './board';

export function backupSection(page: Page) {
  return page.getByRole('dialog', { name: 'Settings' }).getByRole('group', { name: 'Backup' });
}

export async function openBackup(page: Page) {
  await chooseFromMenu(page, 'Settings');
  await expect(backupSection(page)).toBeVisible();
  return backupSection(page);
}

/** Downloads a backup; returns its path and text. */
export async function downloadBackup(page: Page): Promise<{ path: string; text: string }> {
  const section = await openBackup(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^cairn-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Done' }).click();
  return { path, text: await readFile(path, 'utf8') };
}

/** Replaces all data with the backup at `path` (typing REPLACE), and waits for the app to have saved. */
export async function replaceAllWithBackup(page: Page, path: string): Promise<void> {
  const section = await openBackup(page);
  await section.getByLabel('Restore from backup…').setInputFiles(path);
  const preview = section.getByTestId('backup-preview');
  await preview.getByRole('textbox', { name: 'Type REPLACE to confirm' }).fill('REPLACE');
  await preview.getByRole('button', { name: 'Replace all my data' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: /^Backup restored/ })).toBeVisible();
  await waitSaved(page);
}
