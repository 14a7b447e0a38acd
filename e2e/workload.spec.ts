import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, expectNoAxeViolations, openBoard, openDetails, openView, waitSaved } from './support/board';

async function openWorkload(page: Page): Promise<void> {
  await openView(page, 'Workload');
  await expect(page).toHaveURL(/#\/workload$/);
  await expect(page.getByRole('region', { name: /^Workload of / })).toBeVisible();
}

/** A person's row in the Workload table, by the name on its button. */
function person(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('button', { name: `Show ${name}’s work on the board` }) });
}

test.describe('people and workload', () => {
  test("the Workload view shows each person's load in the current sprint against their own capacity", async ({
    page,
  }) => {
    await openBoard(page);
    await openWorkload(page);
    await expect(page.getByRole('columnheader', { name: 'Sprint 23 (Active)' })).toBeVisible();
    // Chen Jing: a third of the 8-point rebooking (2.7) against 8 days × the team's 38 points / 58 person-days = 5.
    await expect(person(page, 'Chen Jing').getByTestId('workload-load')).toHaveText(/^2\.7 \/ 5 pts \(54%\)$/);
    // Zhang Hao is over: said in words, not only by colour.
    const zhang = person(page, 'Zhang Hao').getByTestId('workload-load');
    await expect(zhang).toContainText('18.2 / 6 pts (303%)');
    await expect(zhang).toContainText('Over capacity');
    await expect(page.getByText(/0\.66 points per person-day/)).toBeVisible();
    await expectNoAxeViolations(page);

    // The Iterations view counts the same way, rounds the team's capacity and names its unit, and is at risk
    // while members are over their own capacity.
    await openView(page, 'Iterations');
    const capacity = page.getByTestId('capacity');
    await expect(capacity).toContainText('33 of 34 points committed');
    await expect(capacity).toContainText('at risk: Zhang Hao, Liu Fang over their capacity');
    await expect(capacity).toHaveAttribute('data-status', 'near');
    await expect(capacity.getByRole('listitem').filter({ hasText: 'Chen Jing' })).toHaveText(
      'Chen Jing: 2.7 / 5 points (54%)',
    );
    await openView(page, 'Workload');

    // A person's name filters the board to what they own or contribute to.
    await page.getByRole('button', { name: 'Show Chen Jing’s work on the board' }).click();
    await expect(page).toHaveURL(/#\/board\?owner=/);
    await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
    await expect(card(page, 'One-tap rebooking when a flight is cancelled')).toBeVisible();
    await expect(card(page, 'App crashes when rotating the boarding pass screen')).toHaveCount(0);
  });

  test('a contributor added in the panel shares the estimate in Workload', async ({ page }) => {
    await openBoard(page);
    const panel = await openDetails(page, 'Push notification for gate changes');
    const contributors = panel.getByRole('region', { name: 'Contributors' });
    await contributors.getByRole('combobox', { name: 'Member' }).selectOption({ label: 'Chen Jing' });
    // The role starts as the member's own.
    await expect(contributors.getByRole('combobox', { name: 'Role' })).toHaveValue('design');
    await contributors.getByRole('button', { name: 'Add contributor' }).click();
    await waitSaved(page);
    await expect(contributors.getByRole('button', { name: 'Remove Chen Jing (Design)' })).toBeVisible();
    await expectNoAxeViolations(page);

    await openWorkload(page);
    // 2.7 + half of the 3-point notification = 4.2 of 5.
    await expect(person(page, 'Chen Jing').getByTestId('workload-load')).toHaveText(/^4\.2 \/ 5 pts \(84%\)$/);

    await page.keyboard.press('Control+z');
    await waitSaved(page);
    await expect(person(page, 'Chen Jing').getByTestId('workload-load')).toHaveText(/^2\.7 \/ 5 pts \(54%\)$/);
  });

  test('My work: G M asks who I am once, then filters the board to me', async ({ page }) => {
    await openBoard(page);
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('g');
    await page.keyboard.press('m');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await expect(page.getByText('Choose who you are in Settings → My work first.')).toBeVisible();
    await settings.getByRole('combobox', { name: 'I am' }).selectOption({ label: 'Chen Jing' });
    await expectNoAxeViolations(page);
    await settings.getByRole('button', { name: 'Done' }).click();
    await expect(settings).toBeHidden();

    await page.keyboard.press('g');
    await page.keyboard.press('m');
    await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
    await expect(card(page, 'One-tap rebooking when a flight is cancelled')).toBeVisible();
    await expect(card(page, 'App crashes when rotating the boarding pass screen')).toHaveCount(0);

    // The choice is this device's: it holds after a reload.
    await page.reload();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(card(page, 'App crashes when rotating the boarding pass screen')).toBeVisible();
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('g');
    await page.keyboard.press('m');
    await expect(card(page, 'App crashes when rotating the boarding pass screen')).toHaveCount(0);
  });
});
