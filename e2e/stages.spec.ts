import { expect, test } from '@playwright/test';
import {
  card,
  cards,
  column,
  dragTo,
  expectNoAxeViolations,
  openBoard,
  quickAdd,
  titlesIn,
  waitSaved,
  setLanguage,
  chooseFromMenu,
} from './support/board';

test.describe('stage settings', () => {
  test('rename a stage and keep the name exactly as typed', async ({ page }) => {
    await openBoard(page);
    await chooseFromMenu(page, 'Stages');
    const dialog = page.getByRole('dialog', { name: /^Stages of/ });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    const name = dialog.getByRole('textbox', { name: 'Name of stage 2' });
    await name.fill('Discovery 探索');
    await name.press('Enter');
    await waitSaved(page);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(column(page, 'analysis').getByRole('heading', { name: 'Discovery 探索' })).toBeVisible();

    // A renamed stage keeps its name in every language.
    await setLanguage(page, '简体中文');
    await expect(column(page, 'analysis').getByRole('heading', { name: 'Discovery 探索' })).toBeVisible();
    await expect(column(page, 'inbox').getByRole('heading', { name: '需求收集' })).toBeVisible();
  });

  test('a blocking WIP limit refuses a drop and says why', async ({ page }) => {
    await openBoard(page);
    const testingCount = await cards(page, 'testing').count();
    await chooseFromMenu(page, 'Stages');
    const dialog = page.getByRole('dialog', { name: /^Stages of/ });
    const limit = dialog.getByRole('spinbutton', { name: 'WIP limit of Testing' });
    await limit.fill(String(testingCount));
    await limit.press('Enter');
    await dialog.getByRole('combobox', { name: 'When Testing is over its limit' }).selectOption('block');
    await waitSaved(page);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(column(page, 'testing').getByText(`${testingCount} of ${testingCount}`)).toBeVisible();

    await quickAdd(page, 'Inbox', 'One too many');
    await dragTo(page, card(page, 'One too many'), cards(page, 'testing').first());
    await expect(page.getByTestId('toast')).toContainText(`Testing is at its limit of ${testingCount}`);
    await expect(cards(page, 'inbox').filter({ hasText: 'One too many' })).toHaveCount(1);
    expect(await cards(page, 'testing').count()).toBe(testingCount);
    await page.reload();
    await expect(cards(page, 'inbox').filter({ hasText: 'One too many' })).toHaveCount(1);
  });

  test('a warning WIP limit lets the card in and turns the column amber', async ({ page }) => {
    await openBoard(page);
    const count = await cards(page, 'review').count();
    await chooseFromMenu(page, 'Stages');
    const dialog = page.getByRole('dialog', { name: /^Stages of/ });
    const limit = dialog.getByRole('spinbutton', { name: 'WIP limit of Review' });
    await limit.fill(String(count));
    await limit.press('Enter');
    await waitSaved(page);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await quickAdd(page, 'Inbox', 'Squeeze in');
    await dragTo(page, card(page, 'Squeeze in'), cards(page, 'review').first());
    await expect(cards(page, 'review').filter({ hasText: 'Squeeze in' })).toHaveCount(1);
    await expect(column(page, 'review').getByText(`Over the WIP limit of ${count}`)).toBeVisible();
  });

  test('adding and deleting a stage moves its requirements where the PM says', async ({ page }) => {
    await openBoard(page);
    await chooseFromMenu(page, 'Stages');
    const dialog = page.getByRole('dialog', { name: /^Stages of/ });
    await dialog.getByRole('textbox', { name: 'New stage name' }).fill('Growth');
    await dialog.getByRole('button', { name: 'Add stage' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Name of stage 8' })).toHaveValue('Growth');
    const reviewCount = await cards(page, 'review').count();
    await dialog.getByRole('button', { name: 'Delete Review' }).click();
    const confirm = dialog.getByRole('group', { name: 'Delete Review?' });
    await confirm.getByRole('combobox', { name: 'Move its requirements to' }).selectOption({ label: 'Released' });
    await confirm.getByRole('button', { name: 'Delete and move' }).click();
    await waitSaved(page);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(column(page, 'review')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Growth' })).toBeVisible();
    expect(await cards(page, 'released').count()).toBeGreaterThanOrEqual(reviewCount);
  });

  test('stage changes are undone and redone like any other change', async ({ page }) => {
    await openBoard(page);
    const reviewTitles = await titlesIn(page, 'review');
    await chooseFromMenu(page, 'Stages');
    const dialog = page.getByRole('dialog', { name: /^Stages of/ });
    const name = dialog.getByRole('textbox', { name: 'Name of stage 2' });
    await name.fill('Discovery');
    await name.press('Enter');
    await waitSaved(page);
    await dialog.getByRole('button', { name: 'Delete Review' }).click();
    const confirm = dialog.getByRole('group', { name: 'Delete Review?' });
    await confirm.getByRole('combobox', { name: 'Move its requirements to' }).selectOption({ label: 'Released' });
    await confirm.getByRole('button', { name: 'Delete and move' }).click();
    await waitSaved(page);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(column(page, 'review')).toHaveCount(0);

    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect(undo).toHaveAttribute('title', 'Undo: delete stage “Review” (Ctrl+Z)');
    await undo.click();
    await waitSaved(page);
    // The stage is back, holding exactly what it held.
    await expect.poll(() => titlesIn(page, 'review')).toEqual(reviewTitles);
    await undo.click();
    await waitSaved(page);
    await expect(column(page, 'analysis').getByRole('heading', { name: 'Analysis' })).toBeVisible();
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await waitSaved(page);
    await expect(column(page, 'analysis').getByRole('heading', { name: 'Discovery' })).toBeVisible();
  });
});
