import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openBoard, chooseFromMenu } from './support/board';

test('the command palette finds and runs any action by typing, in either language', async ({ page }) => {
  await openBoard(page);
  await page.locator('body').click({ position: { x: 5, y: 990 } });
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Commands' });
  await expect(palette).toBeVisible();
  const search = palette.getByRole('combobox', { name: 'Type a command' });
  await expect(search).toBeFocused();
  await expectNoAxeViolations(page);

  await search.fill('go roadmap');
  await expect(palette.getByRole('option')).toHaveText([/^Go to the roadmap/]);
  await search.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByTestId('initiative-bar').first()).toBeVisible();

  // Chinese words find commands in an English UI, and arrows choose among several.
  await chooseFromMenu(page, 'Commands');
  await search.fill('导出');
  await expect(palette.getByRole('option', { name: 'Export the roadmap' })).toHaveAttribute('aria-selected', 'true');
  await search.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Export roadmap' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+k');
  await search.fill('the');
  const first = await palette.getByRole('option').first().textContent();
  await search.press('ArrowDown');
  await expect(palette.getByRole('option', { selected: true })).not.toHaveText(first ?? '');
  await search.fill('zzz');
  await expect(palette.getByRole('status')).toHaveText('No command matches “zzz”');
  await search.press('Escape');
  await expect(palette).toBeHidden();

  await page.keyboard.press('Control+k');
  await search.fill('board');
  await search.press('Enter');
  await expect(page.getByTestId('stage-column').first()).toBeVisible();
});
