import { expect, test } from '@playwright/test';
import { cards, expectNoAxeViolations, openBoard, quickAdd, waitSaved, chooseFromMenu } from './support/board';

test('create, rename and switch products; a new one starts empty with guidance', async ({ page }) => {
  await openBoard(page);
  const product = page.getByRole('combobox', { name: 'Product' });
  const demoName = await product.locator('option:checked').textContent();

  await chooseFromMenu(page, 'New product');
  await page
    .getByRole('dialog', { name: 'New product' })
    .getByRole('textbox', { name: 'Product name' })
    .fill('Loyalty programme');
  await page.getByRole('dialog', { name: 'New product' }).getByRole('button', { name: 'Create' }).click();
  await expect(product.locator('option:checked')).toHaveText('Loyalty programme');
  await expect(page.getByRole('heading', { name: 'This product has no requirements yet' })).toBeVisible();
  await expect(page.getByTestId('stage-column')).toHaveCount(7);
  await expectNoAxeViolations(page);

  await quickAdd(page, 'Inbox', 'Points for reviews');
  await expect(page.getByRole('heading', { name: 'This product has no requirements yet' })).toBeHidden();

  await chooseFromMenu(page, 'Rename product');
  const rename = page.getByRole('dialog', { name: 'Rename product' });
  await rename.getByRole('textbox', { name: 'Product name' }).fill('Loyalty 会员计划');
  await rename.getByRole('button', { name: 'Save' }).click();
  await waitSaved(page);
  await expect(product.locator('option:checked')).toHaveText('Loyalty 会员计划');

  await product.selectOption({ label: demoName ?? '' });
  await expect(cards(page, 'inbox').filter({ hasText: 'Points for reviews' })).toHaveCount(0);
  await page.reload();
  await expect(product.locator('option:checked')).toHaveText(demoName ?? '');
});

test('a rename is undone and redone from the keyboard, and the product name follows', async ({ page }) => {
  await openBoard(page);
  const product = page.getByRole('combobox', { name: 'Product' });
  const name = (await product.locator('option:checked').textContent()) ?? '';

  // The header's menu by keyboard: Enter opens it on its first item, ↓ walks to Rename product.
  await page.getByRole('button', { name: 'More' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Commands' })).toBeFocused();
  for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Rename product' })).toBeFocused();
  await page.keyboard.press('Enter');
  const rename = page.getByRole('dialog', { name: 'Rename product' });
  await expect(rename.getByRole('textbox', { name: 'Product name' })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Renamed by keyboard');
  await page.keyboard.press('Enter');
  await waitSaved(page);
  await expect(product.locator('option:checked')).toHaveText('Renamed by keyboard');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
    'title',
    'Undo: rename product to “Renamed by keyboard” (Ctrl+Z)',
  );

  await page.keyboard.press('Control+z');
  await expect(
    page.getByTestId('toast').filter({ hasText: 'Undone: rename product to “Renamed by keyboard”' }),
  ).toBeVisible();
  await expect(product.locator('option:checked')).toHaveText(name);
  await waitSaved(page);

  await page.keyboard.press('Control+Shift+z');
  await expect(product.locator('option:checked')).toHaveText('Renamed by keyboard');
  await waitSaved(page);
  await page.reload();
  await expect(product.locator('option:checked')).toHaveText('Renamed by keyboard');
});
