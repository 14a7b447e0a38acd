import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openBoard, waitSaved, chooseFromMenu } from './support/board';

/**
 * The sum of the stage columns' counts ("{n} requirements"). Not a count of card
 * nodes: a virtualised board keeps only the visible cards in the DOM.
 */
async function boardTotal(page: Page): Promise<number> {
  const labels = await page
    .getByTestId('stage-column')
    .locator('.column__count')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
  return labels.reduce((sum, label) => sum + Number(/^(\d+) requirements$/.exec(label)?.[1] ?? NaN), 0);
}

test('generate a sample product with 1,000 requirements from Settings', async ({ page }) => {
  await openBoard(page);
  await chooseFromMenu(page, 'Settings');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByRole('heading', { name: 'Data' })).toBeVisible();
  const group = dialog.getByRole('group', { name: 'Generate sample product' });
  const size = group.getByRole('combobox', { name: 'Size' });
  await expect(size.locator('option')).toHaveText(['100 requirements', '1,000 requirements', '10,000 requirements']);
  await expectNoAxeViolations(page);

  await size.selectOption('1000');
  await group.getByRole('button', { name: 'Generate sample product' }).click();

  const product = page.getByRole('combobox', { name: 'Product' });
  await expect(product.locator('option:checked')).toHaveText('Sample · 1,000 requirements');
  await waitSaved(page);
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('toast')).toContainText('Sample product ready: 1,000 requirements');
  await expect(page.getByTestId('stage-column')).toHaveCount(7);
  await expect.poll(() => boardTotal(page)).toBe(1_000);

  // The demo product is still there, untouched.
  await expect(product.locator('option')).toHaveCount(2);
});
