// The app shell (issue 18): one header row, navigation that says where you are, a "More" menu
// that works by keyboard, and a board that shows it scrolls sideways.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { column, expectNoAxeViolations, moreButton, openBoard, openView } from './support/board';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Views' });

async function middleY(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return box.y + box.height / 2;
}

/** Every part of the header sits on one row: their middles lie within the header's one row. */
async function expectOneRow(page: Page): Promise<void> {
  const header = await page.getByRole('banner').boundingBox();
  if (!header) throw new Error('no header');
  expect(header.height).toBeLessThan(64);
  const parts = [
    nav(page),
    page.getByRole('searchbox', { name: 'Filter requirements' }),
    moreButton(page),
    page.getByTestId('save-status'),
    page.getByRole('combobox', { name: 'Product' }),
  ];
  const rowMiddle = header.y + header.height / 2;
  for (const part of parts) expect(Math.abs((await middleY(part)) - rowMiddle)).toBeLessThan(8);
}

test.describe('at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the header is one row, every view in its navigation, the open one marked', async ({ page }) => {
    await openBoard(page);
    await expectOneRow(page);
    const links = nav(page).getByRole('link');
    await expect(links).toHaveCount(11);
    for (const link of await links.all()) await expect(link).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Board' })).toHaveAttribute('aria-current', 'page');

    await openView(page, 'Table');
    await expect(page).toHaveURL(/#\/table$/);
    await expect(nav(page).getByRole('link', { name: 'Board' })).not.toHaveAttribute('aria-current', 'page');
    await expectOneRow(page);
  });

  test('the More menu works by keyboard and passes axe while open', async ({ page }) => {
    await openBoard(page);
    const more = moreButton(page);
    await more.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'More' });
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(menu.getByRole('menuitem', { name: 'Commands' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Keyboard shortcuts' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(menu.getByRole('menuitemradio', { name: '简体中文' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Commands' })).toBeFocused();
    await expectNoAxeViolations(page);

    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(more).toBeFocused();
    await expect(more).toHaveAttribute('aria-expanded', 'false');

    // ↑ opens it on the last item; choosing an item runs it and gives focus back to the button.
    await page.keyboard.press('ArrowUp');
    await expect(menu.getByRole('menuitemradio', { name: '简体中文' })).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Settings' })).toBeFocused();
    await page.keyboard.press('Enter');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await expect(settings).toBeVisible();
    await expect(settings.getByLabel('Restore from backup…')).toBeAttached();
    await settings.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(settings).toBeHidden();
    await expect(more).toBeFocused();
  });

  test('nothing in the header moves while the lazy parts arrive', async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openBoard(page);
    await expect(page.getByRole('combobox', { name: 'Product' })).toBeVisible();
    const total = await page.evaluate(() =>
      (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
    );
    expect(total).toBeLessThan(0.1);
  });
});

test.describe('at 768 px', () => {
  test.use({ viewport: { width: 768, height: 900 } });

  test('views that do not fit move into the More menu, never onto a second row', async ({ page }) => {
    await openBoard(page);
    await expectOneRow(page);
    await expect(nav(page).getByRole('link', { name: 'Trash' })).toBeHidden();
    await moreButton(page).click();
    await page.getByRole('menuitem', { name: 'Trash' }).click();
    await expect(page).toHaveURL(/#\/trash$/);
    await moreButton(page).click();
    await expect(page.getByRole('menuitem', { name: 'Trash' })).toHaveAttribute('aria-current', 'page');
  });
});

test.describe('at 1024 px', () => {
  test.use({ viewport: { width: 1024, height: 800 } });

  test('the board shows it scrolls sideways, and its buttons reach the stages out of sight', async ({ page }) => {
    await openBoard(page);
    await expectOneRow(page);
    const later = page.getByRole('button', { name: 'Scroll to later stages' });
    const earlier = page.getByRole('button', { name: 'Scroll to earlier stages' });
    await expect(later).toBeVisible();
    await expect(earlier).toHaveCount(0);
    await expect(column(page, 'review')).not.toBeInViewport();

    await later.press('Enter');
    await expect(earlier).toBeVisible();
    // Each press scrolls most of a screen; keep pressing while there is more.
    await expect
      .poll(async () => {
        if ((await later.count()) > 0) await later.press('Enter');
        return later.count();
      })
      .toBe(0);
    await expect(column(page, 'review')).toBeInViewport();
    await expect(earlier).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the quick-add hint is readable in full', async ({ page }) => {
    await openBoard(page);
    const input = page.getByRole('textbox', { name: 'Add a requirement to Inbox' });
    const fits = await input.evaluate((el: HTMLInputElement) => {
      const style = getComputedStyle(el);
      const canvas = document.createElement('canvas').getContext('2d');
      if (!canvas) return false;
      canvas.font = `${style.fontSize} ${style.fontFamily}`;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return canvas.measureText(el.placeholder).width <= room;
    });
    expect(fits).toBe(true);
  });
});
