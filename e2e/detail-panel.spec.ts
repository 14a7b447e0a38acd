// The requirement panel beside the board (issue 18): the board stays live, the
// stage changes from the panel, focus comes back to the card.
import { expect, test, type Page } from '@playwright/test';
import {
  card,
  cards,
  column,
  dragTo,
  expectNoAxeViolations,
  openBoard,
  openDetails,
  quickAdd,
  waitSaved,
  chooseFromMenu,
  openView,
} from './support/board';

async function setWipLimit(page: Page, stage: string, limit: number): Promise<void> {
  await chooseFromMenu(page, 'Stages');
  const dialog = page.getByRole('dialog', { name: /^Stages of/ });
  const field = dialog.getByRole('spinbutton', { name: `WIP limit of ${stage}` });
  await field.fill(String(limit));
  await field.press('Enter');
  await dialog.getByRole('combobox', { name: `When ${stage} is over its limit` }).selectOption('block');
  await waitSaved(page);
  await dialog.getByRole('button', { name: 'Done' }).click();
}

test.describe('requirement panel', () => {
  test('the board stays visible beside the panel, no card under it, and a drag still works', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Panel stays open');
    await quickAdd(page, 'Inbox', 'Dragged meanwhile');
    const panel = await openDetails(page, 'Panel stays open');

    // The columns shrink and scroll beside the panel: even the last one, scrolled to, ends left of it.
    const panelLeft = (await panel.boundingBox())?.x ?? 0;
    expect(panelLeft).toBeGreaterThan(900);
    await expect(column(page, 'inbox')).toBeInViewport();
    await column(page, 'review').scrollIntoViewIfNeeded();
    const review = await column(page, 'review').boundingBox();
    expect(review && review.x + review.width).toBeLessThanOrEqual(panelLeft);
    await column(page, 'inbox').scrollIntoViewIfNeeded();

    await dragTo(page, card(page, 'Dragged meanwhile'), column(page, 'analysis'), 'top');
    await expect(cards(page, 'analysis').filter({ hasText: 'Dragged meanwhile' })).toHaveCount(1);
    await waitSaved(page);
    await expect(panel.getByRole('textbox', { name: 'Title' })).toHaveValue('Panel stays open');

    // Opening another card replaces what the panel shows.
    await card(page, 'Dragged meanwhile').click();
    await expect(panel.getByRole('textbox', { name: 'Title' })).toHaveValue('Dragged meanwhile');
    await expect(page.getByRole('dialog', { name: 'Requirement details' })).toHaveCount(1);
  });

  test('the stage select moves the card on the board, undo brings it back, a blocking limit refuses', async ({
    page,
  }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Moved from the panel');
    const panel = await openDetails(page, 'Moved from the panel');
    const stage = panel.getByRole('combobox', { name: 'Stage' });
    await expect(stage.locator('option:checked')).toHaveText('Inbox');

    await stage.selectOption({ label: 'Design' });
    await expect(cards(page, 'design').first()).toHaveAccessibleName(/Moved from the panel/);
    await waitSaved(page);
    await expect(cards(page, 'inbox').filter({ hasText: 'Moved from the panel' })).toHaveCount(0);
    await expect(panel.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toContainText(
      'Moved Inbox → Design',
    );

    // Out of the select (a field keeps its own keys), still in the panel.
    await panel.getByRole('heading', { name: 'Requirement details' }).click();
    await page.keyboard.press('ControlOrMeta+z');
    await expect(cards(page, 'inbox').filter({ hasText: 'Moved from the panel' })).toHaveCount(1);
    await expect(stage.locator('option:checked')).toHaveText('Inbox');
    await waitSaved(page);

    await panel.getByRole('button', { name: 'Close' }).click();
    const testingCount = await cards(page, 'testing').count();
    await setWipLimit(page, 'Testing', testingCount);
    await openDetails(page, 'Moved from the panel');
    await stage.selectOption({ label: 'Testing' });
    await expect(
      page.getByTestId('toast').filter({ hasText: `Testing is at its limit of ${testingCount}` }),
    ).toBeVisible();
    await expect(stage.locator('option:checked')).toHaveText('Inbox');
    await expect(cards(page, 'inbox').filter({ hasText: 'Moved from the panel' })).toHaveCount(1);
    expect(await cards(page, 'testing').count()).toBe(testingCount);
  });

  test('opening moves focus into the panel; Close and Escape give it back to the card; Tab is not trapped', async ({
    page,
  }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Focus goes home');
    const target = card(page, 'Focus goes home');
    await target.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Requirement details' });
    await expect(panel.getByRole('heading', { name: 'Requirement details' })).toBeFocused();
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
    await expect(target).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(panel.getByRole('textbox', { name: 'Title' })).toHaveValue('Focus goes home');
    await panel.getByRole('combobox', { name: 'Priority' }).focus();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(target).toBeFocused();

    // From the command palette, too, focus lands in the panel and comes back to the card.
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Type a command' }).fill('open the focused requirement');
    await page.getByRole('combobox', { name: 'Type a command' }).press('Enter');
    await expect(panel.getByRole('heading', { name: 'Requirement details' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(target).toBeFocused();

    // Shift+Tab from the panel's first control leaves it for the board: the panel is not modal.
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('heading', { name: 'Requirement details' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(panel).toBeVisible();
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') === null)).toBe(true);
  });

  test('at 1440 px: no axe violations, the initiative shows its full name, tags have one colour control', async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize({ width: 1440, height: 900 });
    await openBoard(page);
    const longName = 'Corporate travel: one invoice per trip and traveller';
    await openView(page, 'Roadmap');
    await page.getByRole('button', { name: 'New initiative' }).click();
    const editor = page.getByRole('dialog', { name: 'New initiative' });
    await editor.getByRole('textbox', { name: 'Title' }).fill(longName);
    await editor.getByRole('button', { name: 'Create' }).click();
    await expect(editor).toBeHidden();
    await waitSaved(page);
    await openView(page, 'Board');
    await quickAdd(page, 'Inbox', 'Long initiative');
    const panel = await openDetails(page, 'Long initiative');

    const initiative = panel.getByRole('combobox', { name: 'Initiative' });
    await initiative.selectOption({ label: longName });
    await waitSaved(page);
    // The closed select is wide enough for the chosen name: measured in its own font.
    const fits = await initiative.evaluate((select: HTMLSelectElement) => {
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(select).font;
      probe.style.whiteSpace = 'pre';
      probe.textContent = select.selectedOptions[0]?.textContent ?? '';
      document.body.append(probe);
      const text = probe.getBoundingClientRect().width;
      probe.remove();
      return text <= select.clientWidth - 24;
    });
    expect(fits).toBe(true);

    await panel.getByRole('textbox', { name: 'Tags' }).fill('growth, mobile');
    await panel.getByRole('textbox', { name: 'Tags' }).press('Enter');
    await waitSaved(page);
    // No colour control on the chips: one named disclosure holds them.
    await expect(panel.getByRole('combobox', { name: /^Colour of tag/ })).toHaveCount(0);
    const colours = panel.getByRole('button', { name: 'Tag colours' });
    await colours.focus();
    await page.keyboard.press('Enter');
    await expect(colours).toHaveAttribute('aria-expanded', 'true');
    await expect(panel.getByRole('combobox', { name: /^Colour of tag/ })).toHaveCount(2);

    // Edit templates stands beside the template choice of an empty description, and only there.
    await panel.getByRole('button', { name: 'Edit templates' }).click();
    const templates = page.getByRole('dialog', { name: 'Description templates' });
    await expect(templates).toBeVisible();
    // Escape closes the templates dialog opened from the panel, not the panel under it.
    await page.keyboard.press('Escape');
    await expect(templates).toBeHidden();
    await expect(panel).toBeVisible();
    await panel.getByRole('button', { name: 'Use template' }).click();
    await waitSaved(page);
    await expect(panel.getByRole('button', { name: 'Edit templates' })).toHaveCount(0);

    await expectNoAxeViolations(page);
  });

  test('beside the table too: the table stays in view, and Close gives focus back to the row that opened it', async ({
    page,
  }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Opened from the table');
    await openView(page, 'Table');
    const table = page.getByRole('table', { name: /^Requirements of / });
    const open = table.getByRole('button', { name: 'Open details of Opened from the table' });
    await open.click();
    const panel = page.getByRole('dialog', { name: 'Requirement details' });
    await expect(panel.getByRole('textbox', { name: 'Title' })).toHaveValue('Opened from the table');
    const [tableBox, panelBox] = [await table.boundingBox(), await panel.boundingBox()];
    expect(tableBox && panelBox && tableBox.x + tableBox.width).toBeLessThanOrEqual(panelBox?.x ?? 0);
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
    await expect(open).toBeFocused();
  });

  test('on a narrow window the panel lies over the board as a sheet and still closes', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Small screen');
    const panel = await openDetails(page, 'Small screen');
    const box = await panel.boundingBox();
    expect(box && box.x + box.width).toBeCloseTo(800, 0);
    await expectNoAxeViolations(page);
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
    await expect(card(page, 'Small screen')).toBeFocused();
  });
});
