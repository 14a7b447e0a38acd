import { expect, test, type Page } from '@playwright/test';
import { afterQueuedTimers, dragTo, expectNoAxeViolations, openBoard, waitSaved, openView } from './support/board';

async function openRoadmap(page: Page): Promise<void> {
  await openBoard(page);
  await openView(page, 'Roadmap');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByTestId('initiative-bar').first()).toBeVisible();
}

const bar = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^${title},`) });

test.describe('the roadmap', () => {
  test('shows the demo roadmap on a timeline and as Now / Next / Later, accessibly', async ({ page }) => {
    await openRoadmap(page);
    expect(await page.getByTestId('initiative-bar').count()).toBeGreaterThan(5);
    await expect(page.getByRole('button', { name: /^Milestone / }).first()).toBeVisible();
    await expect(page).toHaveURL(/#\/roadmap$/);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    await page.getByRole('button', { name: 'Now / Next / Later' }).click();
    for (const name of ['Now', 'Next', 'Later'])
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
    await expect(page.locator('[data-horizon="next"]').getByRole('button', { name: /^Offline trips,/ })).toBeVisible();
    await expectNoAxeViolations(page);

    // The board is one click away and stays the default view.
    await openView(page, 'Board');
    await expect(page.getByTestId('stage-column').first()).toBeVisible();
  });

  test('moves a bar by keyboard and the new dates survive a reload', async ({ page }) => {
    await openRoadmap(page);
    const moving = bar(page, 'Travel-day companion');
    const id = await moving.getAttribute('data-initiative-id');
    const before = await moving.getAttribute('aria-label');
    await moving.focus();
    await page.keyboard.press('ArrowRight');
    await waitSaved(page);
    const target = page.locator(`[data-initiative-id="${id}"]`);
    await expect(target).not.toHaveAttribute('aria-label', before ?? '');
    await expect(target).toBeFocused();
    const after = await target.getAttribute('aria-label');

    await page.keyboard.press('Shift+ArrowRight');
    await waitSaved(page);
    await expect(target).not.toHaveAttribute('aria-label', after ?? '');
    const resized = await target.getAttribute('aria-label');

    await page.reload();
    await expect(page.locator(`[data-initiative-id="${id}"]`)).toHaveAttribute('aria-label', resized ?? '');

    // Moves on the roadmap are in the undo history like moves on the board.
    await target.focus();
    await page.keyboard.press('ArrowRight');
    await waitSaved(page);
    await expect(target).not.toHaveAttribute('aria-label', resized ?? '');
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect(undo).toHaveAttribute('title', 'Undo: move “Travel-day companion” (Ctrl+Z)');
    await undo.click();
    await waitSaved(page);
    await expect(target).toHaveAttribute('aria-label', resized ?? '');
  });

  test('drags a bar with the mouse to another lane and later in time', async ({ page }) => {
    await openRoadmap(page);
    const moving = bar(page, 'Travel-day companion');
    const id = await moving.getAttribute('data-initiative-id');
    const before = await moving.getAttribute('aria-label');
    const lanes = page.locator('[data-lane-track]');
    const fromLane = await page
      .locator(`[data-lane-track]:has([data-initiative-id="${id}"])`)
      .getAttribute('data-lane-track');
    const targetLane = lanes.nth(2);
    const targetLaneId = await targetLane.getAttribute('data-lane-track');
    expect(targetLaneId).not.toBe(fromLane);

    const from = await moving.boundingBox();
    const to = await targetLane.boundingBox();
    if (!from || !to) throw new Error('not visible');
    await page.mouse.move(from.x + 20, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 30, from.y + from.height / 2 + 5);
    await page.mouse.move(from.x + 80, to.y + 20, { steps: 10 });
    await page.mouse.up();
    const moved = page.locator(`[data-lane-track="${targetLaneId}"] [data-initiative-id="${id}"]`);
    await expect(moved).toBeVisible();
    await waitSaved(page);
    await expect(moved).not.toHaveAttribute('aria-label', before ?? '');
    const label = await moved.getAttribute('aria-label');

    await page.reload();
    await expect(page.locator(`[data-lane-track="${targetLaneId}"] [data-initiative-id="${id}"]`)).toHaveAttribute(
      'aria-label',
      label ?? '',
    );
  });

  test('moves an undated initiative from Next to Now by keyboard, and it stays there', async ({ page }) => {
    await openRoadmap(page);
    await page.getByRole('button', { name: 'Now / Next / Later' }).click();
    const card = page.locator('[data-horizon="next"]').getByRole('button', { name: /^Offline trips,/ });
    await card.focus();
    await page.keyboard.press('Space');
    await expect(card).toHaveAttribute('aria-pressed', 'true');
    await afterQueuedTimers(page);
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByText(/Offline trips is over Now/)).toBeAttached();
    await page.keyboard.press('Space');
    await expect(page.locator('[data-horizon="now"]').getByRole('button', { name: /^Offline trips,/ })).toBeVisible();
    await waitSaved(page);

    // The roadmap reopens on the view the PM left it in.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Now / Next / Later' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-horizon="now"]').getByRole('button', { name: /^Offline trips,/ })).toBeVisible();
    await expect(page.locator('[data-horizon="next"]').getByRole('button', { name: /^Offline trips,/ })).toHaveCount(0);
  });

  test('creates an initiative in the editor and links a requirement to see its progress', async ({ page }) => {
    await openRoadmap(page);
    await page.getByRole('button', { name: 'New initiative' }).click();
    const editor = page.getByRole('dialog', { name: 'New initiative' });
    await editor.getByRole('textbox', { name: 'Title' }).fill('Visa reminders');
    await editor.getByRole('combobox', { name: 'Lane' }).selectOption({ label: 'Trip experience' });
    await editor.getByRole('button', { name: 'Create' }).click();
    await expect(editor).toBeHidden();
    await waitSaved(page);
    const created = bar(page, 'Visa reminders');
    await expect(created).toBeVisible();

    await created.focus();
    await page.keyboard.press('Enter');
    const edit = page.getByRole('dialog', { name: 'Initiative' });
    await expect(edit.getByTestId('initiative-progress')).toHaveText('No requirements linked');
    await edit.getByRole('searchbox', { name: 'Link a requirement' }).fill('dark mode');
    await edit.getByRole('button', { name: 'Link Dark mode' }).click();
    await waitSaved(page);
    await expect(edit.getByTestId('initiative-progress')).toHaveText('1 of 1 requirements done (100%)');
    await edit.getByRole('searchbox', { name: 'Link a requirement' }).fill('offline access');
    await edit.getByRole('button', { name: 'Link Offline access to booking confirmations' }).click();
    await waitSaved(page);
    await expect(edit.getByTestId('initiative-progress')).toHaveText('1 of 2 requirements done (50%)');
    await expect(edit.getByText('now in Offline trips')).toHaveCount(0);
    await edit.getByRole('button', { name: 'Cancel' }).click();

    // The requirement shows the link from its own side.
    await openView(page, 'Board');
    await page.getByTestId('requirement-card').filter({ hasText: 'Dark mode' }).click();
    await expect(page.getByRole('combobox', { name: 'Initiative' }).locator('option:checked')).toHaveText(
      'Visa reminders',
    );
  });
});

test('drawing on an empty row opens a new initiative with those dates', async ({ page }) => {
  await openRoadmap(page);
  const track = page.locator('[data-lane-track]').nth(1);
  const box = await track.boundingBox();
  const view = await page.getByRole('region', { name: 'Timeline' }).boundingBox();
  if (!box || !view) throw new Error('not visible');
  // The band under the last row of bars is empty.
  const y = box.y + box.height - 4;
  const x = view.x + view.width - 260;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 40, y, { steps: 4 });
  await page.mouse.move(x + 120, y, { steps: 4 });
  await page.mouse.up();
  const editor = page.getByRole('dialog', { name: 'New initiative' });
  await expect(editor).toBeVisible();
  await expect(editor.getByRole('combobox', { name: 'Lane' }).locator('option:checked')).toHaveText('Trip experience');
  const start = await editor.getByLabel('Start').inputValue();
  const end = await editor.getByLabel('End').inputValue();
  expect(start < end).toBe(true);
  await editor.getByRole('textbox', { name: 'Title' }).fill('Drawn initiative');
  await editor.getByRole('button', { name: 'Create' }).click();
  await waitSaved(page);
  await expect(
    page
      .locator('[data-lane-track]')
      .nth(1)
      .getByRole('button', { name: /^Drawn initiative,/ }),
  ).toBeVisible();
});

test('moving a dated initiative to another horizon asks before dropping its dates', async ({ page }) => {
  await openRoadmap(page);
  await page.getByRole('button', { name: 'Now / Next / Later' }).click();
  const card = page.locator('[data-horizon="now"]').getByRole('button', { name: /^Travel-day companion,/ });
  await card.focus();
  await page.keyboard.press('Space');
  await expect(card).toHaveAttribute('aria-pressed', 'true');
  await afterQueuedTimers(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/Travel-day companion is over Next/)).toBeAttached();
  await page.keyboard.press('Space');
  const ask = page.getByRole('dialog', { name: 'Remove the dates?' });
  await ask.getByRole('button', { name: 'Keep the dates' }).click();
  await expect(
    page.locator('[data-horizon="now"]').getByRole('button', { name: /^Travel-day companion,/ }),
  ).toBeVisible();

  await card.focus();
  await page.keyboard.press('Space');
  await expect(card).toHaveAttribute('aria-pressed', 'true');
  await afterQueuedTimers(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/Travel-day companion is over Next/)).toBeAttached();
  await page.keyboard.press('Space');
  await ask.getByRole('button', { name: 'Remove dates and move' }).click();
  await waitSaved(page);
  await expect(
    page.locator('[data-horizon="next"]').getByRole('button', { name: 'Travel-day companion, Next' }),
  ).toBeVisible();
  // Undated now, it is listed beside the timeline instead of drawn on it.
  await page.getByRole('button', { name: 'Timeline' }).click();
  await expect(
    page.getByRole('complementary', { name: 'Not scheduled' }).getByRole('button', { name: /Travel-day companion/ }),
  ).toBeVisible();
});

test('a change in one tab shows in another without reloading', async ({ page, context }) => {
  await openRoadmap(page);
  const other = await context.newPage();
  await other.goto('/#/roadmap');
  await expect(bar(other, 'Travel-day companion')).toBeVisible();
  const id = await bar(page, 'Travel-day companion').getAttribute('data-initiative-id');
  await bar(page, 'Travel-day companion').focus();
  await page.keyboard.press('ArrowRight');
  await waitSaved(page);
  const label = await page.locator(`[data-initiative-id="${id}"]`).getAttribute('aria-label');
  await expect(other.locator(`[data-initiative-id="${id}"]`)).toHaveAttribute('aria-label', label ?? '');
});

test('lanes are added, renamed, reordered and deleted in the lane manager', async ({ page }) => {
  await openRoadmap(page);
  const lanes = page.locator('.timeline__lane-name');
  await page.getByRole('button', { name: 'Lanes', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Lanes' });
  await dialog.getByRole('textbox', { name: 'Name of the new lane' }).fill('Partnerships');
  await dialog.getByRole('button', { name: 'Add lane' }).click();
  await waitSaved(page);
  await dialog.getByRole('button', { name: 'Move Partnerships up' }).click();
  await waitSaved(page);
  const rename = dialog.getByRole('textbox', { name: 'Name of lane Platform & quality' });
  await rename.fill('Platform');
  await rename.press('Enter');
  await waitSaved(page);
  await expect(dialog.getByRole('textbox', { name: 'Name of lane Platform', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(lanes).toHaveText(['Conversion', 'Trip experience', 'Loyalty & retention', 'Partnerships', 'Platform']);

  await page.reload();
  await expect(lanes).toHaveText(['Conversion', 'Trip experience', 'Loyalty & retention', 'Partnerships', 'Platform']);

  // A lane with initiatives asks where they go.
  await page.getByRole('button', { name: 'Lanes', exact: true }).click();
  await dialog.getByRole('button', { name: 'Delete lane Platform' }).click();
  const confirm = dialog.getByRole('group', { name: 'Delete lane Platform' });
  await confirm.getByRole('combobox').selectOption({ label: 'Partnerships' });
  await confirm.getByRole('button', { name: 'Delete lane' }).click();
  await waitSaved(page);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(lanes).toHaveText(['Conversion', 'Trip experience', 'Loyalty & retention', 'Partnerships']);
  await expect(
    page
      .locator('[data-lane-track]')
      .nth(3)
      .getByRole('button', { name: /^Account basics,/ }),
  ).toBeVisible();
});

test('drags an undated initiative with the mouse from Later to Next', async ({ page }) => {
  await openRoadmap(page);
  await page.getByRole('button', { name: 'Now / Next / Later' }).click();
  const card = page.locator('[data-horizon="later"]').getByRole('button', { name: /^Group travel,/ });
  await dragTo(page, card, page.locator('[data-horizon="next"]').getByTestId('initiative-bar').first(), 'top');
  await expect(page.locator('[data-horizon="next"]').getByRole('button', { name: /^Group travel,/ })).toBeVisible();
  await waitSaved(page);
  await page.reload();
  await page.getByRole('button', { name: 'Now / Next / Later' }).click();
  await expect(page.locator('[data-horizon="next"]').getByTestId('initiative-bar').first()).toHaveAccessibleName(
    /^Group travel,/,
  );
});

test('Escape during a mouse drag puts the bar back and saves nothing', async ({ page }) => {
  await openRoadmap(page);
  const moving = bar(page, 'Hotel discovery');
  const id = await moving.getAttribute('data-initiative-id');
  const before = await moving.getAttribute('aria-label');
  const box = await moving.boundingBox();
  if (!box) throw new Error('not visible');
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + box.height / 2, { steps: 8 });
  await expect(page.locator(`[data-initiative-id="${id}"]`)).not.toHaveAttribute('aria-label', before ?? '');
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await expect(page.locator(`[data-initiative-id="${id}"]`)).toHaveAttribute('aria-label', before ?? '');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.reload();
  await expect(page.locator(`[data-initiative-id="${id}"]`)).toHaveAttribute('aria-label', before ?? '');
});
