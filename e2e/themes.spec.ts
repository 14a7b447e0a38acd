// Issue 18: light, dark and the system's theme, chosen in Settings and remembered on this device,
// with no axe violation on any view or main dialog in dark, whether the system or the person chose it.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, chooseFromMenu, expectNoAxeViolations, moreButton, openBoard, openView } from './support/board';

/** Every top-level view but the board, by its header link, with what shows once it has loaded. */
const VIEWS: [name: string, ready: (page: Page) => Locator][] = [
  ['Table', (page) => page.getByRole('table', { name: /^Requirements of / })],
  ['Prioritise', (page) => page.getByRole('heading', { name: /^Ranking by / })],
  ['Iterations', (page) => page.getByRole('region', { name: /^Iterations of / })],
  ['Workload', (page) => page.getByRole('region', { name: /^Workload of / })],
  ['Roadmap', (page) => page.getByTestId('initiative-bar').first()],
  ['Feedback', (page) => page.getByRole('main').getByRole('heading', { name: 'Feedback' }).first()],
  ['Competitors', (page) => page.getByRole('main').getByRole('heading', { name: 'Capabilities' })],
  ['Analytics', (page) => page.getByTestId('analytics-cfd-summary')],
  ['Reviews', (page) => page.getByRole('heading', { name: /^Review queue · / })],
  ['Trash', (page) => page.getByRole('region', { name: 'Trash & archive' })],
];

/** Opens a dialog from a button, runs axe on it, and closes it with Escape. */
async function checkDialog(page: Page, open: () => Promise<void>, name: string | RegExp): Promise<void> {
  await open();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

const button = (page: Page, name: string) => () => page.getByRole('button', { name, exact: true }).click();

/** The board, every view and the main dialogs, with axe on each. */
async function checkEveryScreen(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await checkDialog(page, () => card(page, 'Dark mode').click(), 'Requirement details');
  await checkDialog(page, () => chooseFromMenu(page, 'Stages'), /^Stages of/);
  await checkDialog(page, () => chooseFromMenu(page, 'Commands'), 'Commands');
  await moreButton(page).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await checkDialog(page, () => page.keyboard.press('?'), 'Keyboard shortcuts');

  for (const [name, ready] of VIEWS) {
    await openView(page, name);
    await expect(ready(page)).toBeVisible();
    await expectNoAxeViolations(page);
  }

  await openView(page, 'Roadmap');
  await checkDialog(page, button(page, 'Export'), 'Export roadmap');
  await checkDialog(page, button(page, 'New initiative'), 'New initiative');
  await page.getByRole('button', { name: 'Now / Next / Later' }).click();
  await expect(page.getByRole('heading', { name: 'Later', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await chooseFromMenu(page, 'Settings');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByRole('group', { name: 'Theme' })).toBeVisible();
  await expectNoAxeViolations(page);
  await checkDialog(
    page,
    () => settings.getByRole('button', { name: 'Import from Trello, Jira or CSV…' }).click(),
    'Import',
  );
}

/** The page's own background colour, as the person sees it. */
function background(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}
const LIGHT_BG = 'rgb(244, 245, 247)';
const DARK_BG = 'rgb(15, 23, 42)';

async function chooseTheme(page: Page, name: 'Match the system' | 'Light' | 'Dark'): Promise<void> {
  await chooseFromMenu(page, 'Settings');
  const theme = page.getByRole('dialog', { name: 'Settings' }).getByRole('group', { name: 'Theme' });
  await theme.getByRole('radio', { name }).check();
  await expect(theme.getByRole('radio', { name })).toBeChecked();
  await page.keyboard.press('Escape');
}

test.describe('in dark, no axe violations on any view or main dialog', () => {
  // One journey through every screen with an axe run on each: longer than the default budget on a busy machine.
  test.setTimeout(240_000);

  test.describe('when the system prefers dark', () => {
    test.use({ colorScheme: 'dark' });
    test('and the theme follows it', async ({ page }) => {
      await openBoard(page);
      expect(await background(page)).toBe(DARK_BG);
      await checkEveryScreen(page);
    });
  });

  test('when Dark is chosen in Settings on a light system', async ({ page }) => {
    await openBoard(page);
    expect(await background(page)).toBe(LIGHT_BG);
    await chooseTheme(page, 'Dark');
    expect(await background(page)).toBe(DARK_BG);
    await checkEveryScreen(page);
  });
});

test.describe('the theme choice', () => {
  // The reload must not be answered by a service worker, so the entry script can be held back.
  test.use({ serviceWorkers: 'block' });

  test('Dark survives a reload and is dark before any of the app’s script runs', async ({ page }) => {
    await openBoard(page);
    await chooseTheme(page, 'Dark');
    expect(await background(page)).toBe(DARK_BG);

    // With the app's JavaScript held back, only index.html and the stylesheet paint: already dark.
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.reload();
    expect(await background(page)).toBe(DARK_BG);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await page.unroute(/\/assets\/.*\.js$/);
    await openBoard(page);
    expect(await background(page)).toBe(DARK_BG);
    await chooseFromMenu(page, 'Settings');
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  });

  test.describe('on a dark system', () => {
    test.use({ colorScheme: 'dark' });

    test('Light overrides it across a reload; Match the system follows it live again', async ({ page }) => {
      await openBoard(page);
      expect(await background(page)).toBe(DARK_BG);
      await chooseTheme(page, 'Light');
      expect(await background(page)).toBe(LIGHT_BG);
      await page.reload();
      await expect(page.getByTestId('requirement-card').first()).toBeVisible();
      expect(await background(page)).toBe(LIGHT_BG);
      await expectNoAxeViolations(page);

      // The command palette switches too.
      await chooseFromMenu(page, 'Commands');
      await page.getByRole('combobox', { name: 'Type a command' }).fill('match the system');
      await page.keyboard.press('Enter');
      await expect.poll(() => background(page)).toBe(DARK_BG);
      await page.emulateMedia({ colorScheme: 'light' });
      await expect.poll(() => background(page)).toBe(LIGHT_BG);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(() => background(page)).toBe(DARK_BG);
    });
  });
});
