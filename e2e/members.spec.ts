import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  card,
  chooseFromMenu,
  details,
  expectNoAxeViolations,
  openBoard,
  openDetails,
  openView,
  waitSaved,
} from './support/board';

const TITLE = 'Push notification for gate changes';

async function openMembers(page: Page): Promise<Locator> {
  await chooseFromMenu(page, 'Settings');
  const members = page.getByRole('dialog', { name: 'Settings' }).getByRole('region', { name: 'Members' });
  await expect(members.getByRole('button', { name: 'Add member' })).toBeVisible();
  return members;
}

async function closeSettings(page: Page): Promise<void> {
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('button', { name: 'Done' }).click();
  await expect(settings).toBeHidden();
}

/** The owner's mark on a card: initials, with the name in its title. */
const ownerMark = (page: Page) => card(page, TITLE).locator('.card__owner');
const ownerSelect = (page: Page) => details(page).getByRole('combobox', { name: 'Owner', exact: true });

test.describe('members', () => {
  test('a member is added, owns a requirement, is renamed, removed and restored, and everything follows', async ({
    page,
  }) => {
    await openBoard(page);
    let members = await openMembers(page);
    await members.getByRole('textbox', { name: 'Name', exact: true }).fill('Ana Lima');
    await members.getByRole('combobox', { name: 'Role', exact: true }).selectOption({ label: 'QA' });
    await members.getByRole('button', { name: 'Add member' }).click();
    await waitSaved(page);
    await expect(members.getByRole('textbox', { name: 'Name of Ana Lima' })).toHaveValue('Ana Lima');
    await expect(members.getByRole('combobox', { name: 'Role of Ana Lima' })).toHaveValue('qa');
    await expect(members.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('');

    // The same name in another case is refused, named, and nothing is added.
    await members.getByRole('textbox', { name: 'Name', exact: true }).fill('ana lima');
    await members.getByRole('button', { name: 'Add member' }).click();
    await expect(members.getByRole('alert')).toHaveText(
      'There is already a member named “Ana Lima”. Choose another name.',
    );
    await expect(members.getByRole('textbox', { name: /^Name of ana lima$/i })).toHaveCount(1);
    await expectNoAxeViolations(page);
    await closeSettings(page);

    // Assigned as owner in the panel.
    await openDetails(page, TITLE);
    await ownerSelect(page).selectOption({ label: 'Ana Lima' });
    await waitSaved(page);
    await expect(ownerMark(page)).toHaveAttribute('title', 'Owner: Ana Lima');

    // Renamed in Settings: the card and the panel follow.
    members = await openMembers(page);
    const name = members.getByRole('textbox', { name: 'Name of Ana Lima' });
    await name.fill('Ana Souza');
    await name.press('Enter');
    await waitSaved(page);
    await expect(members.getByRole('textbox', { name: 'Name of Ana Souza' })).toBeVisible();
    await closeSettings(page);
    await expect(ownerMark(page)).toHaveAttribute('title', 'Owner: Ana Souza');
    await expect(ownerSelect(page).locator('option:checked')).toHaveText('Ana Souza');

    // Removed: the requirement still names her, "(removed)", and no picker offers her.
    members = await openMembers(page);
    await members.getByRole('button', { name: 'Remove Ana Souza' }).click();
    await waitSaved(page);
    await expect(members.getByRole('button', { name: 'Restore Ana Souza' })).toBeVisible();
    await expectNoAxeViolations(page);
    await closeSettings(page);
    await expect(ownerMark(page)).toHaveAttribute('title', 'Owner: Ana Souza (removed)');
    await expect(ownerSelect(page).locator('option:checked')).toHaveText('Ana Souza (removed)');
    const contributor = details(page).getByRole('region', { name: 'Contributors' }).getByRole('combobox', {
      name: 'Member',
    });
    await expect(contributor.getByRole('option', { name: /Ana Souza/ })).toHaveCount(0);
    // So does the history of the owner change.
    await expect(details(page).getByRole('region', { name: 'History' }).getByRole('listitem').first()).toContainText(
      '→ Ana Souza (removed)',
    );
    // The table's owner cell names her the same way (it showed the raw id before).
    await openView(page, 'Table');
    const ownerCell = page.getByRole('combobox', { name: `Edit Owner of ${TITLE}` });
    await expect(ownerCell.locator('option:checked')).toHaveText('Ana Souza (removed)');
    await openView(page, 'Board');

    // Undo brings her back (the removal was one entry).
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    await expect(ownerMark(page)).toHaveAttribute('title', 'Owner: Ana Souza');
    await expect(contributor.getByRole('option', { name: 'Ana Souza' })).toHaveCount(1);
  });

  test('an empty name is refused with its reason, and a member is renamed back by keyboard with Escape', async ({
    page,
  }) => {
    await openBoard(page);
    const members = await openMembers(page);
    await members.getByRole('button', { name: 'Add member' }).click();
    await expect(members.getByRole('alert')).toHaveText('Give the member a name.');
    const first = members.getByRole('textbox', { name: /^Name of / }).first();
    const before = await first.inputValue();
    await first.fill('Someone else');
    await first.press('Escape');
    await expect(first).toHaveValue(before);
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  });

  test('the Workload view leads to the members', async ({ page }) => {
    await openBoard(page);
    await openView(page, 'Workload');
    await page.getByRole('button', { name: 'Manage members' }).click();
    await expect(page.getByRole('dialog', { name: 'Settings' }).getByRole('region', { name: 'Members' })).toBeVisible();
  });

  test('a removed member who still holds work stays in Workload, marked removed, and leads to that work', async ({
    page,
  }) => {
    await openBoard(page);
    const members = await openMembers(page);
    await members.getByRole('button', { name: 'Remove Chen Jing' }).click();
    await waitSaved(page);
    await closeSettings(page);
    await openView(page, 'Workload');
    const show = page.getByRole('button', { name: 'Show Chen Jing (removed)’s work on the board' });
    // A third of the 8-point rebooking is still hers: hidden, it would never get a new owner.
    await expect(page.getByRole('row').filter({ has: show }).getByTestId('workload-load')).toContainText('2.7');
    await expectNoAxeViolations(page);
    await show.click();
    await expect(card(page, 'One-tap rebooking when a flight is cancelled')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
  });
});
