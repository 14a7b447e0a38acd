import { expect, test } from '@playwright/test';
import {
  afterQueuedTimers,
  card,
  cards,
  column,
  dragTo,
  expectNoAxeViolations,
  openBoard,
  quickAdd,
  titlesIn,
  waitSaved,
} from './support/board';

test.describe('the lifecycle board', () => {
  test('opens offline-first with the demo product on seven lifecycle columns, accessibly', async ({ page }) => {
    await openBoard(page);
    const keys = await page
      .getByTestId('stage-column')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-stage-key')));
    expect(keys).toEqual(['inbox', 'analysis', 'design', 'development', 'testing', 'released', 'review']);
    for (const name of ['Inbox', 'Analysis', 'Design', 'Development', 'Testing', 'Released', 'Review']) {
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
    }
    expect(await page.getByTestId('requirement-card').count()).toBeGreaterThanOrEqual(20);
    await expect(page.getByRole('combobox', { name: 'Product' })).toHaveValue(/.+/);
    await expectNoAxeViolations(page);
  });

  test('quick add, drag across stages and reorder with the mouse survive a reload', async ({ page }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Offline mode for itineraries');
    expect((await titlesIn(page, 'inbox'))[0]).toBe('Offline mode for itineraries');

    await dragTo(page, card(page, 'Offline mode for itineraries'), cards(page, 'analysis').first(), 'top');
    await expect(cards(page, 'analysis').first()).toHaveAttribute('aria-label', 'Offline mode for itineraries');
    await waitSaved(page);
    expect(await titlesIn(page, 'inbox')).not.toContain('Offline mode for itineraries');

    // Reorder inside Analysis: from the top to below the third card.
    const third = (await titlesIn(page, 'analysis'))[2] as string;
    await dragTo(page, card(page, 'Offline mode for itineraries'), card(page, third), 'bottom');
    await expect.poll(() => titlesIn(page, 'analysis').then((t) => t.indexOf('Offline mode for itineraries'))).toBe(2);
    await waitSaved(page);
    const before = await titlesIn(page, 'analysis');

    await page.reload();
    await expect(card(page, 'Offline mode for itineraries')).toBeVisible();
    expect(await titlesIn(page, 'analysis')).toEqual(before);
  });

  test('moves a requirement with the keyboard only', async ({ page }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Keyboard traveller');
    const moving = card(page, 'Keyboard traveller');
    await moving.focus();
    await page.keyboard.press('Space');
    // The keyboard sensor listens for arrows only once the lift has rendered.
    await expect(moving).toHaveAttribute('aria-pressed', 'true');
    await afterQueuedTimers(page);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(/Keyboard traveller is over Analysis/)).toBeAttached();
    await page.keyboard.press('Space');
    await expect(cards(page, 'analysis').filter({ hasText: 'Keyboard traveller' })).toHaveCount(1);
    await waitSaved(page);
    await expect(page.getByText(/Dropped Keyboard traveller in Analysis/)).toBeAttached();

    await page.reload();
    await expect(cards(page, 'analysis').filter({ hasText: 'Keyboard traveller' })).toHaveCount(1);
    expect(await titlesIn(page, 'inbox')).not.toContain('Keyboard traveller');
  });

  test('Escape cancels a keyboard drag and leaves the card in place', async ({ page }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Stay put');
    await card(page, 'Stay put').focus();
    await page.keyboard.press('Space');
    await expect(card(page, 'Stay put')).toHaveAttribute('aria-pressed', 'true');
    await afterQueuedTimers(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect(page.getByText(/Move cancelled\. Stay put is back in Inbox/)).toBeAttached();
    expect((await titlesIn(page, 'inbox'))[0]).toBe('Stay put');
  });

  test('Enter while an input method is composing does not add the requirement', async ({ page }) => {
    await openBoard(page);
    const input = page.getByRole('textbox', { name: 'Add a requirement to Inbox' });
    const before = await cards(page, 'inbox').count();
    await input.fill('xuqiu');
    await input.evaluate((el) => {
      el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
      el.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, bubbles: true }),
      );
    });
    await expect(input).toHaveValue('xuqiu');
    expect(await cards(page, 'inbox').count()).toBe(before);

    // The composition ends with the Chinese text; the next Enter adds it.
    await input.evaluate((el) =>
      el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '需求' })),
    );
    await input.fill('需求池整理');
    await input.press('Enter');
    await expect(card(page, '需求池整理')).toBeVisible();
    expect(await cards(page, 'inbox').count()).toBe(before + 1);
  });

  test('shows a column count and overdue due dates on cards', async ({ page }) => {
    await openBoard(page);
    const inboxCount = await cards(page, 'inbox').count();
    await expect(column(page, 'inbox').getByLabel(`${inboxCount} requirements`)).toBeVisible();
    await expect(page.getByText(/^Overdue since/).first()).toBeVisible();
  });
});

test('the filter narrows every column as you type and Escape clears it', async ({ page }) => {
  await openBoard(page);
  const filter = page.getByRole('searchbox', { name: 'Filter requirements' });
  await filter.fill('refund');
  await expect(page.getByRole('status').filter({ hasText: /^Showing 1 of \d+$/ })).toBeVisible();
  await expect(page.getByTestId('requirement-card')).toHaveCount(1);
  await expect(page.getByTestId('requirement-card')).toHaveAttribute('aria-label', 'Make refund status clear');
  await filter.press('Escape');
  await expect(filter).toHaveValue('');
  expect(await page.getByTestId('requirement-card').count()).toBeGreaterThan(20);
});
