import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  afterQueuedTimers,
  card,
  column,
  dragTo,
  expectNoAxeViolations,
  openBoard,
  waitSaved,
  openView,
  chooseFromMenu,
} from './support/board';

const PLANNED = [
  'Redesign the hotel search filters',
  'Saved travellers: reuse passenger details',
  'Trip timeline on the home screen',
];

async function openIterations(page: Page): Promise<void> {
  await openBoard(page);
  await openView(page, 'Iterations');
  await expect(page).toHaveURL(/#\/iterations$/);
  await expect(page.getByRole('region', { name: /^Iterations of / })).toBeVisible();
}

async function expectDialogAccessible(page: Page, dialog: Locator): Promise<void> {
  await expect(dialog).toBeVisible();
  const results = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const picker = (page: Page): Locator => page.getByRole('combobox', { name: 'Iteration', exact: true });

const backlog = (page: Page): Locator => page.getByRole('list', { name: 'Ready backlog' });
const burndownSummary = (page: Page): Locator => page.getByTestId('burndown-summary');

async function createIteration(page: Page, name: string, capacity: string | null): Promise<void> {
  await page.getByRole('button', { name: 'New iteration' }).click();
  const dialog = page.getByRole('dialog', { name: 'New iteration' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  if (capacity !== null) await dialog.getByRole('spinbutton', { name: 'Team capacity' }).fill(capacity);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await waitSaved(page);
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) })).toBeVisible();
}

test.describe('iterations', () => {
  test('the demo shows its sprints, burndown and velocity, accessibly', async ({ page }) => {
    await openIterations(page);
    await expect(page.getByRole('heading', { level: 2, name: /^Sprint 23/ })).toBeVisible();
    await expect(burndownSummary(page)).toContainText('Sprint 23: 26 of 31 points remaining');
    await expect(page.getByTestId('velocity-summary')).toContainText('Sprint 22: 24 committed, 22 completed');
    await expect(page.getByRole('img', { name: /Burndown of Sprint 23/ })).toBeVisible();
    await expectNoAxeViolations(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Burndown of Sprint 23 as PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('burndown-Sprint 23.png');
    const bytes = await readFile(await file.path());
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  });

  test('plans over capacity, runs the iteration on the board, and closes it with carry-over', async ({ page }) => {
    // A whole sprint in one story, with three axe runs: longer than the default budget.
    test.setTimeout(90_000);
    await openIterations(page);
    // The demo's Sprint 23 is running: a second team runs in parallel.
    const parallel = page.getByRole('checkbox', { name: 'Allow parallel iterations (several teams)' });
    await parallel.click();
    await waitSaved(page);
    await expect(parallel).toBeChecked();
    await createIteration(page, 'Team B sprint', '20');

    // Two by dragging (mouse, then keyboard), one with its button.
    await expect(backlog(page).getByText(PLANNED[0]!)).toBeVisible();
    await dragTo(
      page,
      backlog(page).getByRole('button', { name: PLANNED[0]!, exact: true }),
      page.getByRole('list', { name: 'Iteration Team B sprint' }),
    );
    await waitSaved(page);
    const keyboardRow = backlog(page).getByRole('button', { name: PLANNED[1]!, exact: true });
    await keyboardRow.focus();
    await page.keyboard.press('Space');
    await afterQueuedTimers(page);
    await page.keyboard.press('ArrowRight');
    // Dropped only once the screen reader has been told where it is.
    await expect(page.getByText(`${PLANNED[1]} is over Iteration Team B sprint.`)).toBeAttached();
    await page.keyboard.press('Space');
    await waitSaved(page);
    await page.getByRole('button', { name: `Add ${PLANNED[2]} to the iteration` }).click();
    await waitSaved(page);
    // Planning is undoable like any change.
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    await expect(backlog(page).getByRole('button', { name: PLANNED[2]!, exact: true })).toBeVisible();
    await page.keyboard.press('Control+Shift+z');
    await waitSaved(page);
    await expect(backlog(page).getByRole('button', { name: PLANNED[2]!, exact: true })).toBeHidden();

    const planned = page.getByRole('list', { name: 'Iteration Team B sprint' });
    for (const title of PLANNED) await expect(planned.getByText(title, { exact: true })).toBeVisible();
    await expect(page.getByTestId('capacity')).toHaveAttribute('data-status', 'over');
    await expect(page.getByTestId('capacity')).toContainText('23 of 20 points committed');
    await expect(page.getByTestId('capacity')).toContainText('Over capacity by 3 points');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Start iteration' }).click();
    await waitSaved(page);
    await expect(burndownSummary(page)).toContainText('Team B sprint: 23 of 23 points remaining');

    // On the board, only the active iterations' requirements; two of ours ship.
    await openView(page, 'Board');
    await page.getByRole('button', { name: 'Active iteration only' }).click();
    await expect(page.getByRole('button', { name: 'Active iteration only' })).toHaveAttribute('aria-pressed', 'true');
    await expect(card(page, 'Study competitor flight + hotel bundles')).toBeHidden();
    await expect(card(page, PLANNED[0]!).getByText('Team B sprint')).toBeVisible();
    for (const title of PLANNED.slice(0, 2)) {
      await dragTo(page, card(page, title), column(page, 'released'));
      await expect(column(page, 'released').getByTestId('requirement-card').filter({ hasText: title })).toBeVisible();
      await waitSaved(page);
    }

    await openView(page, 'Iterations');
    await expect(burndownSummary(page)).toContainText('Team B sprint: 10 of 23 points remaining');

    // The next sprint to carry the rest into, then close.
    await createIteration(page, 'Team B sprint 2', null);
    await page
      .getByRole('combobox', { name: 'Iteration', exact: true })
      .selectOption({ label: 'Team B sprint (Active)' });
    await page.getByRole('button', { name: 'Close iteration' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close Team B sprint' });
    await expect(dialog).toContainText('13 of 23 points completed.');
    await expect(dialog.getByRole('combobox', { name: `Where ${PLANNED[2]} goes` })).toHaveValue(/.+/);
    await expect(
      dialog.getByRole('combobox', { name: `Where ${PLANNED[2]} goes` }).locator('option:checked'),
    ).toHaveText('Team B sprint 2 (Planned)');
    await dialog.getByRole('button', { name: 'Close iteration' }).click();
    await expect(dialog).toBeHidden();
    await waitSaved(page);

    await expect(page.getByTestId('velocity-summary')).toContainText('Team B sprint: 23 committed, 13 completed');
    await page
      .getByRole('combobox', { name: 'Iteration', exact: true })
      .selectOption({ label: 'Team B sprint 2 (Planned)' });
    await expect(
      page.getByRole('list', { name: 'Iteration Team B sprint 2' }).getByText(PLANNED[2]!, { exact: true }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a stage that counts as done moves the burndown, and the choice is kept', async ({ page }) => {
    await openIterations(page);
    await expect(burndownSummary(page)).toContainText('Sprint 23: 26 of 31 points remaining');
    await chooseFromMenu(page, 'Stages');
    const dialog = page.getByRole('dialog', { name: /^Stages of/ });
    const testing = dialog.getByRole('checkbox', { name: 'Reaching Testing counts as done' });
    await expect(dialog.getByRole('checkbox', { name: 'Reaching Released counts as done' })).toBeChecked();
    await expect(testing).not.toBeChecked();
    await testing.click();
    await waitSaved(page);
    await expect(testing).toBeChecked();
    await page.keyboard.press('Escape');
    // Multi-currency checkout (5), gate changes (3) and the coupon (2) are in Testing.
    await expect(burndownSummary(page)).toContainText('Sprint 23: 16 of 31 points remaining');
    await page.reload();
    await expect(burndownSummary(page)).toContainText('Sprint 23: 16 of 31 points remaining');
  });

  test('deletes an iteration through the app\'s own dialog, after a first "keep it"', async ({ page }) => {
    await openIterations(page);
    await picker(page).selectOption({ label: 'Sprint 21 (Closed)' });
    await page.getByRole('button', { name: 'Delete iteration' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Sprint 21?' });
    await expectDialogAccessible(page, dialog);
    await expect(dialog).toContainText('Its requirements go back to the backlog.');
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(dialog).toBeHidden();
    await expect(picker(page).locator('option', { hasText: 'Sprint 21' })).toHaveCount(1);

    await page.getByRole('button', { name: 'Delete iteration' }).click();
    await dialog.getByRole('button', { name: 'Delete iteration' }).click();
    await expect(dialog).toBeHidden();
    await waitSaved(page);
    await expect(picker(page).locator('option', { hasText: 'Sprint 21' })).toHaveCount(0);
  });

  test('closing the last sprint creates the next one and carries an unfinished item into it', async ({ page }) => {
    await openIterations(page);
    await page.getByRole('button', { name: 'Close iteration' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close Sprint 23' });
    const createNext = dialog.getByRole('checkbox', { name: /^Create the next iteration, Sprint 24/ });
    await expectDialogAccessible(page, dialog);
    await createNext.check();
    const item = dialog.getByRole('listitem').first();
    const title = (await item.locator('span').first().textContent())!;
    const target = dialog.getByRole('combobox', { name: `Where ${title} goes` });
    await target.selectOption({ label: 'Sprint 24 (new)' });
    await expect(target.locator('option:checked')).toHaveText('Sprint 24 (new)');
    await dialog.getByRole('button', { name: 'Close iteration' }).click();
    await expect(dialog).toBeHidden();
    await waitSaved(page);

    await picker(page).selectOption({ label: 'Sprint 24 (Planned)' });
    await expect(page.getByRole('heading', { level: 2, name: /^Sprint 24/ })).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Iteration Sprint 24' }).getByText(title, { exact: true }),
    ).toBeVisible();

    // One undo takes back both the close and the new sprint; redo brings them back.
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect(undo).toHaveAttribute('title', /close Sprint 23 and create Sprint 24/);
    await undo.click();
    await waitSaved(page);
    await expect(picker(page).locator('option', { hasText: 'Sprint 24' })).toHaveCount(0);
    await expect(picker(page).locator('option', { hasText: 'Sprint 23 (Active)' })).toHaveCount(1);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await waitSaved(page);
    await expect(picker(page).locator('option', { hasText: 'Sprint 24 (Planned)' })).toHaveCount(1);
  });
});
