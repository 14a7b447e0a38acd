import { expect, test } from '@playwright/test';
import { card, expectNoAxeViolations, openBoard, quickAdd, waitSaved } from './support/board';

test.describe('requirement details', () => {
  test('edits title and description as you type, and they survive a reload', async ({ page }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Draft idea');
    await card(page, 'Draft idea').click();
    const dialog = page.getByRole('dialog', { name: 'Requirement details' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);

    await dialog.getByRole('textbox', { name: 'Title' }).fill('Price alerts for saved trips');
    await dialog
      .getByRole('textbox', { name: 'Description' })
      .fill('## Why\nUsers **ask** for it weekly.\n\n- email\n- push');
    await dialog.getByRole('combobox', { name: 'Priority' }).selectOption('P1');
    await dialog.getByRole('textbox', { name: 'Due date' }).fill('2030-05-01');
    await dialog.getByRole('textbox', { name: 'Tags' }).fill('growth, 通知');
    await dialog.getByRole('textbox', { name: 'Tags' }).press('Enter');
    await dialog.getByRole('textbox', { name: 'Add a criterion' }).fill('Alert within 5 minutes of a drop');
    await dialog.getByRole('textbox', { name: 'Add a criterion' }).press('Enter');
    await waitSaved(page);
    await expect(card(page, 'Price alerts for saved trips')).toBeVisible();

    await page.reload();
    await card(page, 'Price alerts for saved trips').click();
    await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Price alerts for saved trips');
    await expect(dialog.getByRole('textbox', { name: 'Description' })).toHaveValue(/Users \*\*ask\*\* for it weekly/);
    await expect(dialog.getByRole('combobox', { name: 'Priority' })).toHaveValue('P1');
    await expect(dialog.getByRole('textbox', { name: 'Due date' })).toHaveValue('2030-05-01');
    await expect(dialog.getByRole('checkbox', { name: 'Alert within 5 minutes of a drop' })).not.toBeChecked();
    await expect(dialog.getByRole('button', { name: 'Remove tag 通知' })).toBeVisible();

    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByRole('heading', { name: 'Why' })).toBeVisible();
    await expect(dialog.locator('strong', { hasText: 'ask' })).toBeVisible();
  });

  test('opens with Enter from the keyboard and closes with Escape', async ({ page }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Keyboard opener');
    await card(page, 'Keyboard opener').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Requirement details' });
    await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Keyboard opener');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('a script in the description is shown as text and never runs', async ({ page }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Hostile paste');
    await card(page, 'Hostile paste').click();
    const dialog = page.getByRole('dialog', { name: 'Requirement details' });
    const payload = '<script>window.__pwned = 1</script>\n\n<img src="x" onerror="window.__pwned = 2">';
    await dialog.getByRole('textbox', { name: 'Description' }).fill(payload);
    await waitSaved(page);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByText('<script>window.__pwned = 1</script>')).toBeVisible();
    await expect(dialog.locator('script, img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('delete moves to the trash and Undo brings it back', async ({ page }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Maybe later');
    await card(page, 'Maybe later').click();
    await page.getByRole('dialog', { name: 'Requirement details' }).getByRole('button', { name: 'Delete' }).click();
    await expect(card(page, 'Maybe later')).toHaveCount(0);
    await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
    await expect(card(page, 'Maybe later')).toBeVisible();
    await waitSaved(page);
    await page.reload();
    await expect(card(page, 'Maybe later')).toBeVisible();
  });
});
