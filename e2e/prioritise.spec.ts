import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, expectNoAxeViolations, generateSample, openBoard, quickAdd, waitSaved, openView } from './support/board';

const details = (page: Page) => page.getByRole('dialog', { name: 'Requirement details' });

async function openPrioritise(page: Page): Promise<void> {
  await openBoard(page);
  await openView(page, 'Prioritise');
  await expect(page).toHaveURL(/#\/prioritise$/);
  await expect(page.getByRole('heading', { name: /^Ranking by / })).toBeVisible();
}

/** The ranked list's rows, top first. */
const rows = (page: Page) => page.getByRole('region', { name: /^Ranking by / }).getByRole('listitem');
const row = (page: Page, title: string) => rows(page).filter({ hasText: title }).getByRole('button');
const dot = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^${title}: impact `) });

async function fillWsjf(dialog: Locator, values: [string, string, string, string]): Promise<void> {
  const names = ['Business value', 'Time criticality', 'Risk reduction / opportunity enablement', 'Job size'];
  for (const [index, name] of names.entries()) await dialog.getByRole('textbox', { name }).fill(values[index] ?? '');
}

test.describe('prioritisation', () => {
  test('RICE inputs in the detail panel score live, refuse out-of-range values, and the card shows the score', async ({
    page,
  }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Seat upgrade auction');
    const newCard = card(page, 'Seat upgrade auction');
    await expect(newCard).toContainText('RICE not scored');

    await newCard.click();
    const dialog = details(page);
    const score = dialog.getByRole('status').filter({ hasText: /^RICE/ });
    await expect(score).toHaveText('RICE: not scored');
    await dialog.getByRole('textbox', { name: 'Reach (people per quarter)' }).fill('500');
    await dialog.getByRole('combobox', { name: 'Impact' }).selectOption({ label: 'High (2)' });
    await dialog.getByRole('textbox', { name: 'Confidence (%)' }).fill('80');
    // Three of four inputs: still not scored, never zero.
    await expect(score).toHaveText('RICE: not scored');
    await dialog.getByRole('textbox', { name: 'Effort (person-months)' }).fill('4');
    await expect(score).toHaveText('RICE score: 200');
    await waitSaved(page);

    const confidence = dialog.getByRole('textbox', { name: 'Confidence (%)' });
    await confidence.fill('150');
    await expect(dialog.getByText('Enter a number from 0 to 100. Not saved.')).toBeVisible();
    await expect(confidence).toHaveAttribute('aria-invalid', 'true');
    await expect(score).toHaveText('RICE score: 200');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await expect(newCard).toContainText('RICE 200');

    // The refused value was never saved.
    await page.reload();
    await expect(card(page, 'Seat upgrade auction')).toContainText('RICE 200');
    await card(page, 'Seat upgrade auction').click();
    await expect(details(page).getByRole('textbox', { name: 'Confidence (%)' })).toHaveValue('80');
  });

  test('ranks by WSJF in the order the inputs give, unscored last, and the card score follows the setting', async ({
    page,
  }) => {
    await openPrioritise(page);
    await page.getByRole('group', { name: 'Rank by' }).getByRole('button', { name: 'WSJF' }).click();
    await expect(page.getByRole('heading', { name: 'Ranking by WSJF' })).toBeVisible();
    await expect(row(page, 'Dark mode')).toContainText('not scored');
    await expectNoAxeViolations(page);

    // Dark mode: (30 + 30 + 30) ÷ 1 = 90, above every demo score; Multi-currency: (5 + 3 + 3) ÷ 2 = 5.5.
    await row(page, 'Dark mode').click();
    await fillWsjf(details(page), ['30', '30', '30', '1']);
    await expect(details(page).getByRole('status').filter({ hasText: /^WSJF/ })).toHaveText('WSJF score: 90');
    await details(page).getByRole('textbox', { name: 'Job size' }).fill('1');
    await waitSaved(page);
    await details(page).getByRole('button', { name: 'Close' }).last().click();
    await row(page, 'Multi-currency checkout').click();
    await details(page).getByRole('textbox', { name: 'Job size' }).fill('2');
    await waitSaved(page);
    await details(page).getByRole('button', { name: 'Close' }).last().click();

    await expect(rows(page).first()).toContainText('Dark mode');
    await expect(rows(page).first()).toContainText('90');
    const scores = await rows(page).locator('.ranking__score').allTextContents();
    const scored = scores.filter((s) => s !== 'not scored').map(Number);
    expect(scored.length).toBeGreaterThan(5);
    expect(scored).toEqual([...scored].sort((a, b) => b - a));
    expect(scored).toContain(5.5);
    // Every unscored row comes after every scored one.
    expect(scores.slice(scored.length).every((s) => s === 'not scored')).toBe(true);
    expect(scores.length).toBeGreaterThan(scored.length);

    await page.getByRole('combobox', { name: 'Score on cards' }).selectOption('wsjf');
    await waitSaved(page);
    await openView(page, 'Board');
    await expect(card(page, 'Dark mode')).toContainText('WSJF 90');
  });

  test('drags a dot on the impact/effort matrix with the mouse, and its new impact and effort are saved', async ({
    page,
  }) => {
    await openPrioritise(page);
    // Dark mode starts at minimal impact, 3 person-months: a money pit.
    const moving = dot(page, 'Dark mode');
    await expect(moving).toHaveAccessibleName(/impact Minimal \(0\.25\), effort 3 person-months, Money pits$/);

    const plot = await page.getByTestId('impact-effort-plot').boundingBox();
    const from = await moving.boundingBox();
    if (!plot || !from) throw new Error('matrix not visible');
    // Massive impact is the top fifth; one person-month sits at √(1/12) of the width.
    const toX = plot.x + plot.width * Math.sqrt(1 / 12);
    const toY = plot.y + plot.height * 0.1;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 - 8);
    await page.mouse.move(toX, toY, { steps: 10 });
    await expect(moving.locator('.matrix__tip')).toContainText('Impact Massive (3) · effort 1 person-months');
    await page.mouse.up();
    await waitSaved(page);
    await expect(moving).toHaveAccessibleName(/impact Massive \(3\), effort 1 person-months, Quick wins$/);

    await moving.click();
    await expect(details(page).getByRole('combobox', { name: 'Impact' })).toHaveValue('3');
    await expect(details(page).getByRole('textbox', { name: 'Effort (person-months)' })).toHaveValue('1');
  });

  test('moves a dot on the matrix by keyboard, one step per arrow, and the move survives a reload', async ({
    page,
  }) => {
    await openPrioritise(page);
    const moving = dot(page, 'Dark mode');
    await moving.focus();
    await page.keyboard.press('ArrowUp');
    await waitSaved(page);
    await expect(moving).toHaveAccessibleName(/impact Low \(0\.5\), effort 3 person-months, Money pits$/);
    await page.keyboard.press('ArrowLeft');
    await waitSaved(page);
    await expect(moving).toHaveAccessibleName(/impact Low \(0\.5\), effort 2 person-months, Fill-ins$/);
    await expect(moving).toBeFocused();
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(dot(page, 'Dark mode')).toHaveAccessibleName(/impact Low \(0\.5\), effort 2 person-months/);
  });

  test('a dot moved by keyboard undoes, redoes and undoes again, and an earlier change stays undoable', async ({
    page,
  }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Earlier change');
    await openView(page, 'Prioritise');
    const moving = dot(page, 'Dark mode');
    await moving.focus();
    await page.keyboard.press('ArrowUp');
    await waitSaved(page);
    await page.keyboard.press('ArrowLeft');
    await waitSaved(page);
    await expect(moving).toHaveAccessibleName(/impact Low \(0\.5\), effort 2 person-months/);

    await page.keyboard.press('Control+z');
    await expect(moving).toHaveAccessibleName(/impact Low \(0\.5\), effort 3 person-months/);
    await waitSaved(page);
    await page.keyboard.press('Control+Shift+z');
    await expect(moving).toHaveAccessibleName(/impact Low \(0\.5\), effort 2 person-months/);
    await waitSaved(page);
    // The third step used to fail as “changed since”, and the next one emptied the history.
    await page.keyboard.press('Control+z');
    await expect(moving).toHaveAccessibleName(/impact Low \(0\.5\), effort 3 person-months/);
    await waitSaved(page);
    await page.keyboard.press('Control+z');
    await expect(moving).toHaveAccessibleName(/impact Minimal \(0\.25\), effort 3 person-months/);
    await waitSaved(page);
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
      'title',
      'Undo: add “Earlier change” (Ctrl+Z)',
    );
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('toast').filter({ hasText: 'Undone: add “Earlier change”' })).toBeVisible();
    await waitSaved(page);
  });

  test('a product of 1,000 requirements lists its first 200 and shows more on request', async ({ page }) => {
    await openBoard(page);
    await generateSample(page, '1000');
    await openView(page, 'Prioritise');
    await expect(rows(page)).toHaveCount(200);
    const ranking = page.getByRole('region', { name: /^Ranking by / });
    await expect(ranking.getByText('200 of 1,000 shown.')).toBeVisible();
    await expectNoAxeViolations(page);

    await ranking.getByRole('button', { name: 'Show 200 more' }).click();
    await expect(rows(page)).toHaveCount(400);
    await expect(ranking.getByText('400 of 1,000 shown.')).toBeVisible();
    for (let shown = 400; shown < 1000; shown += 200)
      await ranking.getByRole('button', { name: 'Show 200 more' }).click();
    await expect(rows(page)).toHaveCount(1000);
    await expect(ranking.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);
  });
});
