import { expect, test, type Page } from '@playwright/test';
import { card, cards, column, expectNoAxeViolations, openBoard, quickAdd, waitSaved, openView } from './support/board';

const search = (page: Page) => page.getByRole('searchbox', { name: 'Filter requirements' });
const filterGroup = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Filter requirements by' }).getByRole('group', { name });

async function openFilters(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /^Filters/ });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(page.getByRole('group', { name: 'Filter requirements by' })).toBeVisible();
}

test.describe('search and filters', () => {
  test('finds a requirement by a Chinese substring and highlights it; / focuses the search', async ({ page }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', '批量导出需求报表');
    await page.locator('body').click({ position: { x: 5, y: 990 } });
    await page.keyboard.press('/');
    await expect(search(page)).toBeFocused();
    await page.keyboard.type('导出需求');
    await expect(page.getByTestId('requirement-card')).toHaveCount(1);
    await expect(card(page, '批量导出需求报表').locator('mark')).toHaveText('导出需求');
    await expect(page.getByRole('status').filter({ hasText: /^Showing 1 of \d+$/ })).toBeVisible();

    // English is case-insensitive and looks in descriptions and tags too.
    await search(page).fill('RETENTION');
    await expect(card(page, 'Price alerts for saved flights')).toBeVisible();
    await expect(page).toHaveURL(/#\/board\?q=RETENTION$/);
  });

  test('owner and priority filters survive a reload and show the same requirements in the table', async ({ page }) => {
    await openBoard(page);
    await openFilters(page);
    await filterGroup(page, 'Owner').getByRole('checkbox', { name: 'Zhang Hao' }).check();
    await filterGroup(page, 'Priority').getByRole('checkbox', { name: 'P0' }).check();
    await expect(page.getByRole('button', { name: 'Filters (2)' })).toBeVisible();
    const titles = [
      'One-tap rebooking when a flight is cancelled',
      'Show the total price including taxes in search results',
    ];
    await expect(page.getByTestId('requirement-card')).toHaveCount(2);
    await expect(cards(page, 'development')).toHaveCount(2);
    await expect(page).toHaveURL(/priority=P0/);

    await page.reload();
    await expect(column(page, 'inbox')).toBeVisible();
    await expect(page.getByTestId('requirement-card')).toHaveCount(2);
    for (const title of titles) await expect(card(page, title)).toBeVisible();
    await openFilters(page);
    await expect(filterGroup(page, 'Priority').getByRole('checkbox', { name: 'P0' })).toBeChecked();
    await expect(filterGroup(page, 'Owner').getByRole('checkbox', { name: 'Zhang Hao' })).toBeChecked();
    await expectNoAxeViolations(page);

    await openView(page, 'Table');
    const table = page.getByRole('table', { name: /^Requirements of / });
    await expect(table.getByRole('row')).toHaveCount(3);
    for (const title of titles)
      await expect(table.getByRole('button', { name: `Edit Title of ${title}` })).toBeVisible();
    await expect(page).toHaveURL(/#\/table\?.*priority=P0/);
  });

  test('a saved view brings its filters back', async ({ page }) => {
    await openBoard(page);
    await openFilters(page);
    await filterGroup(page, 'Priority').getByRole('checkbox', { name: 'P1' }).check();
    await filterGroup(page, 'Type').getByRole('checkbox', { name: 'Feature' }).check();
    const shown = await page.getByTestId('requirement-card').count();
    expect(shown).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Saved views' }).click();
    await page.getByRole('button', { name: 'Save view…' }).click();
    await page.getByRole('textbox', { name: 'Name of the view' }).fill('P1 features');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByTestId('toast').filter({ hasText: 'Saved the view “P1 features”.' })).toBeVisible();
    await waitSaved(page);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.getByTestId('requirement-card').count()).toBeGreaterThan(shown);

    await page.reload();
    await expect(column(page, 'inbox')).toBeVisible();
    await page.getByRole('button', { name: 'Saved views' }).click();
    await page.getByRole('button', { name: 'Apply view P1 features' }).click();
    await expect(page.getByRole('button', { name: 'Filters (2)' })).toBeVisible();
    await expect(page.getByTestId('requirement-card')).toHaveCount(shown);

    await page.getByRole('button', { name: 'Saved views' }).click();
    await page.getByRole('button', { name: 'Delete view P1 features' }).click();
    await waitSaved(page);
    await expect(page.getByRole('button', { name: 'Apply view P1 features' })).toHaveCount(0);
  });

  test('a hand-edited address with unknown values is ignored, not a crash', async ({ page }) => {
    await page.goto('/#/board?priority=P9&owner=ghost&stage=gone&due=someday&scored=maybe&archived=yes&q=');
    await expect(column(page, 'inbox')).toBeVisible();
    await expect(page.getByTestId('requirement-card').first()).toBeVisible();
    // Values that cannot be valid are dropped from the address; a stage or owner this product lacks is ignored.
    await expect(page).toHaveURL(/#\/board\?stage=gone&owner=ghost$/);
    await expect(page.getByRole('button', { name: 'Filters (2)' })).toBeVisible();
  });
});
