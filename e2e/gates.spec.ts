import { expect, test, type Page } from '@playwright/test';
import {
  afterQueuedTimers,
  card,
  cards,
  chooseFromMenu,
  dragTo,
  expectNoAxeViolations,
  openBoard,
  openDetails,
  quickAdd,
  waitSaved,
} from './support/board';

async function openStages(page: Page) {
  await chooseFromMenu(page, 'Stages');
  const dialog = page.getByRole('dialog', { name: /^Stages of/ });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function keyboardMoveRight(page: Page, title: string) {
  const moving = card(page, title);
  await moving.focus();
  await page.keyboard.press('Space');
  await expect(moving).toHaveAttribute('aria-pressed', 'true');
  await afterQueuedTimers(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(new RegExp(`${title} is over Design`))).toBeAttached();
  await page.keyboard.press('Space');
}

test('a strict gate refuses a drag and a keyboard move, naming what is missing; a warn gate lets it through', async ({
  page,
}) => {
  await openBoard(page);
  // The demo gates Analysis in warn mode; make it strict and add an item of our own.
  const dialog = await openStages(page);
  await dialog.getByText('Gate to leave Analysis').click();
  await dialog.getByRole('combobox', { name: 'Gate mode of Analysis' }).selectOption('strict');
  await waitSaved(page);
  const newItem = dialog.getByRole('textbox', { name: 'New checklist item for Analysis' });
  await newItem.fill('Customer quote attached');
  await newItem.press('Enter');
  await waitSaved(page);
  await expect(
    dialog.getByRole('button', { name: 'Remove “Customer quote attached” from the gate of Analysis' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Done' }).click();

  await quickAdd(page, 'Analysis', 'Gated traveller');
  const gated = card(page, 'Gated traveller');
  await expect(gated.getByRole('img', { name: 'Gate: 0 of 4 done' })).toBeVisible();

  await dragTo(page, gated, cards(page, 'design').first());
  const toast = page.getByTestId('toast').filter({ hasText: 'Gated traveller' });
  await expect(toast).toContainText(
    'Missing: Problem statement written, Success metric set, Scored, Customer quote attached.',
  );
  await expect(cards(page, 'analysis').filter({ hasText: 'Gated traveller' })).toHaveCount(1);
  // Dismissed, so the refusal below is seen anew.
  await toast.getByRole('button', { name: 'Dismiss' }).click();
  await expect(toast).toHaveCount(0);

  await keyboardMoveRight(page, 'Gated traveller');
  await expect(toast).toContainText('Missing: Problem statement written');
  await expect(cards(page, 'analysis').filter({ hasText: 'Gated traveller' })).toHaveCount(1);
  await expect(cards(page, 'design').filter({ hasText: 'Gated traveller' })).toHaveCount(0);

  // Warn: the move happens, and the card says what it skipped.
  const again = await openStages(page);
  await again.getByText('Gate to leave Analysis').click();
  await again.getByRole('combobox', { name: 'Gate mode of Analysis' }).selectOption('warn');
  await waitSaved(page);
  await again.getByRole('button', { name: 'Done' }).click();
  await keyboardMoveRight(page, 'Gated traveller');
  await expect(cards(page, 'design').filter({ hasText: 'Gated traveller' })).toHaveCount(1);
  await waitSaved(page);
  await expect(
    card(page, 'Gated traveller').getByRole('img', {
      name: 'Moved past a gate without: Problem statement written, Success metric set, Scored, Customer quote attached',
    }),
  ).toBeVisible();

  // The panel lists Design's gate; ticking a manual item updates the card's progress.
  const panel = await openDetails(page, 'Gated traveller');
  const gate = panel.getByRole('group', { name: /Gate to leave Design/ });
  await expect(gate).toContainText('Skipped earlier: Problem statement written');
  await expect(panel.getByText(/Moved Analysis → Design, skipping the gate: Problem statement written/)).toBeVisible();
  await expect(card(page, 'Gated traveller').getByRole('img', { name: 'Gate: 0 of 3 done' })).toBeVisible();
  await gate.getByRole('checkbox', { name: 'PRD linked' }).check();
  await waitSaved(page);
  await expect(card(page, 'Gated traveller').getByRole('img', { name: 'Gate: 1 of 3 done' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(cards(page, 'design').filter({ hasText: 'Gated traveller' })).toHaveCount(1);
  await expect(card(page, 'Gated traveller').getByRole('img', { name: 'Gate: 1 of 3 done' })).toBeVisible();
});
