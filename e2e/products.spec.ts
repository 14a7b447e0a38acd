import { expect, test } from '@playwright/test';
import { cards, expectNoAxeViolations, openBoard, quickAdd, waitSaved } from './support/board';

test('create, rename and switch products; a new one starts empty with guidance', async ({ page }) => {
  await openBoard(page);
  const product = page.getByRole('combobox', { name: 'Product' });
  const demoName = await product.locator('option:checked').textContent();

  await page.getByRole('button', { name: 'New product' }).click();
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

  await page.getByRole('button', { name: 'Rename product' }).click();
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
