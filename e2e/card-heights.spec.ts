// Cards sit at their real heights the moment they appear: the columns' virtualiser remembers each
// card's height, and a card whose content changed while it was off screen must not come back at the
// height it had before, overlapping the card below it until the next frame.
import { expect, test, type Page } from '@playwright/test';
import { card, cards, openBoard, openDetails, waitSaved } from './support/board';

/** Records, at every change to the inbox's cards, any card that overlaps the next one. */
async function watchOverlaps(page: Page): Promise<void> {
  await page.locator('[data-testid="stage-column"][data-stage-key="inbox"] .column__track').evaluate((track) => {
    const seen: string[] = [];
    (window as unknown as { __overlaps: string[] }).__overlaps = seen;
    // A mutation observer's callback runs after React's commit and before the browser paints it.
    new MutationObserver(() => {
      const slots = [...track.querySelectorAll('.column__slot')]
        .map((slot) => ({ box: slot.getBoundingClientRect(), text: slot.textContent ?? '' }))
        .sort((a, b) => a.box.top - b.box.top);
      for (let i = 1; i < slots.length; i++) {
        const above = slots[i - 1]!;
        if (above.box.bottom > slots[i]!.box.top + 0.5) seen.push(`${above.text.slice(0, 40)} overlaps the card below`);
      }
    }).observe(track, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

test('a card renamed in another tab while filtered out comes back at its new height, overlapping nothing', async ({
  context,
}) => {
  const board = await context.newPage();
  const loaded = board.waitForEvent('requestfinished', (r) => r.url().includes('/assets/virtualiser-'));
  await openBoard(board);
  // The virtualiser has measured every card on the first screen at its one-line title.
  await loaded;
  await expect(cards(board, 'inbox').first()).toHaveAccessibleName(/Price alerts for saved flights/);

  // Only the hotel cards are shown; the first card leaves the DOM.
  await board.getByLabel('Filter requirements', { exact: true }).fill('hotel');
  await expect(card(board, 'Price alerts for saved flights')).toHaveCount(0);
  await expect(cards(board, 'inbox')).not.toHaveCount(0);
  await watchOverlaps(board);

  // Another tab gives it a title that wraps over several lines, and one the filter matches.
  const other = await context.newPage();
  await openBoard(other);
  const renamed =
    'Hotel and flight price alerts for every saved trip, with a daily digest, push notifications and a weekly summary';
  const panel = await openDetails(other, 'Price alerts for saved flights');
  await panel.getByRole('textbox', { name: 'Title' }).fill(renamed);
  await waitSaved(other);

  // It appears above the other hotel cards, at its new height from the first frame.
  await expect(cards(board, 'inbox').first()).toHaveAccessibleName(new RegExp(renamed.slice(0, 30)));
  const [first, second] = await cards(board, 'inbox').evaluateAll((nodes) =>
    nodes.slice(0, 2).map((n) => n.getBoundingClientRect()),
  );
  expect(first!.height).toBeGreaterThan(100);
  expect(second!.top).toBeGreaterThanOrEqual(first!.bottom);
  expect(await board.evaluate(() => (window as unknown as { __overlaps: string[] }).__overlaps)).toEqual([]);
});
