import { expect, test } from '@playwright/test';
import { card, cards, dragTo, expectNoAxeViolations, openBoard, quickAdd, waitSaved } from './support/board';

test.describe('undo and redo', () => {
  test('Ctrl+Z undoes a drag, Ctrl+Shift+Z redoes it, and the header buttons undo an add', async ({ page }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Undo me');
    await waitSaved(page);
    await dragTo(page, card(page, 'Undo me'), cards(page, 'analysis').first(), 'top');
    await waitSaved(page);
    await expect(cards(page, 'analysis').filter({ hasText: 'Undo me' })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
      'title',
      'Undo: move “Undo me” to Analysis (Ctrl+Z)',
    );
    await expectNoAxeViolations(page);

    // Outside a text field the shortcut belongs to the board.
    await page.locator('body').click({ position: { x: 5, y: 990 } });
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('toast').filter({ hasText: 'Undone: move “Undo me” to Analysis' })).toBeVisible();
    await expect(cards(page, 'inbox').filter({ hasText: 'Undo me' })).toHaveCount(1);
    await waitSaved(page);

    await page.keyboard.press('Control+Shift+z');
    await expect(cards(page, 'analysis').filter({ hasText: 'Undo me' })).toHaveCount(1);
    await waitSaved(page);
    await page.reload();
    await expect(cards(page, 'analysis').filter({ hasText: 'Undo me' })).toHaveCount(1);

    // History is per session: after a reload there is nothing to undo.
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
    await quickAdd(page, 'Inbox', 'Added by mistake');
    await waitSaved(page);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(card(page, 'Added by mistake')).toHaveCount(0);
    await waitSaved(page);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect(card(page, 'Added by mistake')).toHaveCount(1);
    await waitSaved(page);
  });

  test('an undo never overwrites a newer change made in another tab', async ({ context }) => {
    const first = await context.newPage();
    await openBoard(first);
    await quickAdd(first, 'Inbox', 'Contested');
    await waitSaved(first);
    await dragTo(first, card(first, 'Contested'), cards(first, 'design').first(), 'top');
    await waitSaved(first);

    const second = await context.newPage();
    await openBoard(second);
    await dragTo(second, card(second, 'Contested'), cards(second, 'review').first(), 'top');
    await waitSaved(second);
    await expect(cards(first, 'review').filter({ hasText: 'Contested' })).toHaveCount(1);

    await first.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(first.getByTestId('toast').filter({ hasText: '“Contested” was changed since' })).toBeVisible();
    await expect(cards(first, 'review').filter({ hasText: 'Contested' })).toHaveCount(1);
    await expect(cards(second, 'review').filter({ hasText: 'Contested' })).toHaveCount(1);
  });

  test('one Undo takes back a whole edit typed in the details panel', async ({ page }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Before the edit');
    await waitSaved(page);
    await card(page, 'Before the edit').click();
    const dialog = page.getByRole('dialog');
    const title = dialog.getByRole('textbox', { name: 'Title' });
    // Typed in bursts, each saved after a pause: still one edit.
    await title.fill('After');
    await waitSaved(page);
    await title.fill('After the edit');
    await waitSaved(page);
    await page.keyboard.press('Escape');
    await expect(card(page, 'After the edit')).toBeVisible();

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(card(page, 'Before the edit')).toBeVisible();
    await waitSaved(page);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect(card(page, 'After the edit')).toBeVisible();
    await waitSaved(page);
  });

  test('undo, redo, undo of a title edited in the details panel shows the original title, and an earlier change stays undoable', async ({
    page,
  }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Earlier change');
    await quickAdd(page, 'Inbox', 'Original title');
    await card(page, 'Original title').click();
    const dialog = page.getByRole('dialog', { name: 'Requirement details' });
    const title = dialog.getByRole('textbox', { name: 'Title' });
    await title.fill('Edited title');
    await waitSaved(page);
    // Out of the text field (its own undo would win), still in the panel.
    await dialog.getByRole('heading', { name: 'Requirement details' }).click();
    await expect(title).not.toBeFocused();

    await page.keyboard.press('Control+z');
    await expect(title).toHaveValue('Original title');
    await waitSaved(page);
    await page.keyboard.press('Control+Shift+z');
    await expect(title).toHaveValue('Edited title');
    await waitSaved(page);
    // This third step used to fail as “changed since”, and took the earlier entries with it.
    await page.keyboard.press('Control+z');
    await expect(title).toHaveValue('Original title');
    await expect(page.getByTestId('toast').filter({ hasText: 'Undone: edit “Edited title”' })).toHaveCount(2);
    await expect(page.getByTestId('toast').filter({ hasText: 'changed since' })).toHaveCount(0);
    await waitSaved(page);

    // The add of this very card, then the earlier add, are undone in turn.
    await page.keyboard.press('Escape');
    await expect(card(page, 'Original title')).toBeVisible();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(card(page, 'Original title')).toHaveCount(0);
    await waitSaved(page);
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
      'title',
      'Undo: add “Earlier change” (Ctrl+Z)',
    );
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(card(page, 'Earlier change')).toHaveCount(0);
    await waitSaved(page);
  });
});
