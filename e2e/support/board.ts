// Page helpers: use the board as a person does, by role, name and the test ids in docs/ARCHITECTURE.md.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export async function openBoard(page: Page): Promise<void> {
  await page.goto('/');
  await expect(column(page, 'inbox')).toBeVisible();
  await expect(page.getByTestId('requirement-card').first()).toBeVisible();
  // The product switcher loads just after the board paints.
  await expect(page.getByRole('combobox', { name: /^(Product|产品)$/ })).toBeVisible();
}

export function column(page: Page, stageKey: string): Locator {
  return page.locator(`[data-testid="stage-column"][data-stage-key="${stageKey}"]`);
}

export function cards(page: Page, stageKey: string): Locator {
  return column(page, stageKey).getByTestId('requirement-card');
}

export function card(page: Page, title: string): Locator {
  return page.getByTestId('requirement-card').filter({ has: page.getByText(title, { exact: true }) });
}

/** The requirement panel beside the board (a non-modal dialog). */
export function details(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Requirement details' });
}

/** Opens a card's details by clicking it, and waits until the panel shows it. */
export async function openDetails(page: Page, title: string): Promise<Locator> {
  await card(page, title).click();
  await expect(details(page).getByRole('textbox', { name: 'Title' })).toHaveValue(title);
  return details(page);
}

export async function titlesIn(page: Page, stageKey: string): Promise<string[]> {
  return cards(page, stageKey).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
}

/** Waits for the app's own "saved" signal: no write pending and none failed. */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

export async function quickAdd(page: Page, stageName: string, title: string): Promise<void> {
  const input = page.getByRole('textbox', { name: `Add a requirement to ${stageName}` });
  await input.fill(title);
  await input.press('Enter');
  await expect(card(page, title)).toBeVisible();
  await waitSaved(page);
}

/**
 * Drags with the mouse the way dnd-kit needs: press, a few small moves to pass
 * the activation distance, then steps to the target.
 */
export async function dragTo(
  page: Page,
  source: Locator,
  target: Locator,
  where: 'top' | 'center' | 'bottom' = 'center',
): Promise<void> {
  await source.scrollIntoViewIfNeeded();
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('drag source or target is not visible');
  const startX = from.x + from.width / 2;
  const startY = from.y + from.height / 2;
  const endX = to.x + to.width / 2;
  const endY = where === 'top' ? to.y + 4 : where === 'bottom' ? to.y + to.height - 4 : to.y + to.height / 2;
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX + 6, startY + 6);
  await page.mouse.move(startX + 12, startY + 12);
  await page.mouse.move(endX, endY, { steps: 12 });
  await page.mouse.move(endX, endY + 1);
  await page.mouse.up();
}

/**
 * Lets timers already queued in the page run. dnd-kit's keyboard sensor starts
 * listening for arrows in a setTimeout after Space; browsers may deliver the next
 * key before that timer, so a key pressed at once can be lost.
 */
export async function afterQueuedTimers(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Settings → Data → Generate sample product, and wait until its board is open and saved. */
export async function generateSample(page: Page, size: '100' | '1000' | '10000'): Promise<void> {
  await chooseFromMenu(page, 'Settings');
  const group = page.getByRole('dialog', { name: 'Settings' }).getByRole('group', { name: 'Generate sample product' });
  await group.getByRole('combobox', { name: 'Size' }).selectOption(size);
  await group.getByRole('button', { name: 'Generate sample product' }).click();
  const label = new Intl.NumberFormat('en').format(Number(size));
  await expect(page.getByRole('combobox', { name: 'Product' }).locator('option:checked')).toHaveText(
    `Sample · ${label} requirements`,
    {
      timeout: 30_000,
    },
  );
  await waitSaved(page);
  await expect(cards(page, 'inbox').first()).toBeVisible();
}

/** Scrolls a column's card list to its end, as a person would with the wheel, until the end stays put. */
export async function scrollColumnToEnd(page: Page, stageKey: string): Promise<void> {
  const list = column(page, stageKey)
    .getByTestId('requirement-card')
    .first()
    .locator('xpath=ancestor::*[contains(@class,"column__cards")]');
  await expect
    .poll(
      () =>
        list.evaluate((el) => {
          el.scrollTop = el.scrollHeight;
          return el.scrollTop + el.clientHeight >= el.scrollHeight - 1 && el.scrollHeight;
        }),
      { intervals: [100, 100, 200, 200, 300] },
    )
    .toBeTruthy();
}

/** Opens a view from the header's navigation, or from its "More" menu where the view did not fit. */
export async function openView(page: Page, name: string): Promise<void> {
  const link = page.getByRole('navigation', { name: /^(Views|视图)$/ }).getByRole('link', { name, exact: true });
  if (await link.isVisible()) {
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
  } else {
    await moreButton(page).click();
    await page.getByRole('menu').getByRole('menuitem', { name, exact: true }).click();
  }
}

/** The header's "More" menu button, in either language. */
export function moreButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: /^(More|更多)/ });
}

/** Chooses an item of the header's "More" menu (Settings, Stages, Commands, New product…). */
export async function chooseFromMenu(page: Page, name: string): Promise<void> {
  await moreButton(page).click();
  await page.getByRole('menu').getByRole('menuitem', { name, exact: true }).click();
}

/** Switches the language from the header's menu. */
export async function setLanguage(page: Page, name: 'English' | '简体中文'): Promise<void> {
  await moreButton(page).click();
  await page.getByRole('menuitemradio', { name }).click();
}
