// The keyboard alone: every step here is a key press, no mouse.
import { expect, test, type Page } from '@playwright/test';
import { afterQueuedTimers, card, cards, expectNoAxeViolations, openBoard, waitSaved } from './support/board';

/**
 * N in the Inbox, Tab to the new card, two stages to the right by keyboard
 * drag, E to open it, a new title, Escape, then Ctrl+Z and Ctrl+Y (the
 * Windows redo). Leaves the renamed card on the board.
 */
async function createMoveRenameUndoRedo(page: Page): Promise<void> {
  // N: a new requirement in the Inbox (no card has focus yet).
  await page.keyboard.press('n');
  const quickAdd = page.getByRole('textbox', { name: 'Add a requirement to Inbox' });
  await expect(quickAdd).toBeFocused();
  await page.keyboard.type('Keyboard only');
  await page.keyboard.press('Enter');
  const created = card(page, 'Keyboard only');
  await expect(created).toBeVisible();
  await waitSaved(page);

  // The new card is first in its column, the next stop after the field.
  await page.keyboard.press('Tab');
  await expect(created).toBeFocused();
  await page.keyboard.press('Space');
  await expect(created).toHaveAttribute('aria-pressed', 'true');
  await afterQueuedTimers(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/Keyboard only is over Analysis/)).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/Keyboard only is over Design/)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(cards(page, 'design').filter({ hasText: 'Keyboard only' })).toHaveCount(1);
  await waitSaved(page);

  // E opens the card that keeps focus after the drop; Tab passes Close and reaches its title.
  await expect(created).toBeFocused();
  await page.keyboard.press('e');
  const detail = page.getByRole('dialog', { name: 'Requirement details' });
  const title = detail.getByRole('textbox', { name: 'Title' });
  await expect(title).toHaveValue('Keyboard only');
  await page.keyboard.press('Tab');
  await expect(detail.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(title).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Keyboard only, renamed');
  await waitSaved(page);
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await expect(card(page, 'Keyboard only, renamed')).toBeVisible();

  // Focus is back on the card, outside any field: Ctrl+Z is the app's undo.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(card(page, 'Keyboard only')).toBeVisible();
  await waitSaved(page);
  await page.keyboard.press('ControlOrMeta+y');
  await expect(card(page, 'Keyboard only, renamed')).toBeVisible();
  await waitSaved(page);
}

test.describe('keyboard shortcuts', () => {
  test('create with N, move two stages, edit with E, undo and redo; the cheat-sheet, search and G then R', async ({
    page,
  }) => {
    await openBoard(page);
    const inboxBefore = await cards(page, 'inbox').count();
    await createMoveRenameUndoRedo(page);

    // ?: the cheat-sheet, generated from the command registry.
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    const undoRow = sheet
      .locator('dl > div')
      .filter({ has: page.getByRole('term').filter({ hasText: 'Undo the last change' }) });
    await expect(undoRow.getByRole('definition')).toHaveText('Ctrl+Z');
    await expect(sheet.getByRole('definition').filter({ hasText: 'Ctrl+Y' })).toHaveText('Ctrl+Shift+Z or Ctrl+Y');
    await expect(sheet.getByRole('definition').filter({ hasText: 'G then R' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();

    // / goes to the search; an "n" typed there is text, not a new requirement.
    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: 'Filter requirements' });
    await expect(search).toBeFocused();
    await page.keyboard.type('n');
    await expect(search).toHaveValue('n');
    await expect(search).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(search).toHaveValue('');
    await expect(cards(page, 'inbox')).toHaveCount(inboxBefore);
    await expect(page.getByRole('textbox', { name: 'Add a requirement to Inbox' })).toHaveValue('');

    // G then R: the roadmap.
    await page.keyboard.press('Tab');
    await expect(search).not.toBeFocused();
    await page.keyboard.press('g');
    await page.keyboard.press('r');
    await expect(page.getByTestId('initiative-bar').first()).toBeVisible();
    await expect(page).toHaveURL(/#\/roadmap/);
  });

  // Undo → redo → undo of a details-panel edit fails on this branch (issue 13 §2: the panel's
  // history entry guards its replays with a fixed version); fixed on the undo branch. The lead
  // re-enables this once both are merged.
  test('undo after redo brings the original title back', async ({ page }) => {
    await openBoard(page);
    await createMoveRenameUndoRedo(page);
    await page.keyboard.press('ControlOrMeta+z');
    await expect(card(page, 'Keyboard only')).toBeVisible();
    await waitSaved(page);
  });

  test('arrows move focus between cards and stages; Delete trashes the focused card and Ctrl+Z brings it back', async ({
    page,
  }) => {
    await openBoard(page);
    const inbox = cards(page, 'inbox');
    const [first, second] = (await inbox.evaluateAll((nodes) =>
      nodes.map((n) => n.getAttribute('aria-label') ?? ''),
    )) as [string, string];
    await page.keyboard.press('n');
    await expect(page.getByRole('textbox', { name: 'Add a requirement to Inbox' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(inbox.first()).toBeFocused();

    await page.keyboard.press('ArrowDown');
    await expect(card(page, second)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(card(page, first)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(cards(page, 'analysis').first()).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(card(page, first)).toBeFocused();

    // Delete: the focused card goes to the trash, focus to the one below it.
    await page.keyboard.press('Delete');
    await expect(card(page, first)).toHaveCount(0);
    await expect(page.getByTestId('toast').filter({ hasText: `${first} moved to the trash.` })).toBeVisible();
    await expect(card(page, second)).toBeFocused();
    await waitSaved(page);
    await page.keyboard.press('ControlOrMeta+z');
    await expect(card(page, first)).toBeVisible();
    await waitSaved(page);
  });

  test('a key an input method is composing with is never a shortcut', async ({ page }) => {
    await openBoard(page);
    // What Chromium sends while a Pinyin composition is open: isComposing, keyCode 229.
    await page.evaluate(() => {
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', keyCode: 229, isComposing: true, bubbles: true }),
      );
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'g', code: 'KeyG', keyCode: 229, bubbles: true }),
      );
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { key: 't', code: 'KeyT', isComposing: true, bubbles: true }),
      );
    });
    // Keys are handled in order: once the sheet is open, the composed ones were passed over.
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Add a requirement to Inbox' })).not.toBeFocused();
    await expect(page).not.toHaveURL(/#\/table/);
  });
});
