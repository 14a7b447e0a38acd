// The board paints before the columns' virtualiser has loaded (start-up JS budget, docs/ARCHITECTURE.md
// "Start-up JS"): a person can already use the first screen, and nothing jumps or remounts when it arrives.
import { expect, test, type Page } from '@playwright/test';
import { afterQueuedTimers, cards, openBoard } from './support/board';

/** Holds the virtualiser's chunk back until the returned function is called. */
async function holdVirtualiser(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/virtualiser-*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Each inbox card's top, from its slot's place on the track, and its height. */
function slots(page: Page) {
  return page.locator('[data-testid="stage-column"][data-stage-key="inbox"] .column__slot').evaluateAll((nodes) =>
    nodes.map((n) => ({
      top: Math.round(n.getBoundingClientRect().top),
      height: Math.round(n.getBoundingClientRect().height),
    })),
  );
}

test('the first screen of cards is laid out and usable before the virtualiser loads, and stays put when it does', async ({
  page,
}) => {
  const release = await holdVirtualiser(page);
  const loaded = page.waitForEvent('requestfinished', (r) => r.url().includes('/assets/virtualiser-'));
  await openBoard(page);

  // Cards stack at their measured heights: none overlaps the next.
  await expect.poll(async () => (await slots(page)).length).toBeGreaterThan(1);
  const before = await slots(page);
  for (let i = 1; i < before.length; i++) {
    expect(before[i]!.top).toBeGreaterThanOrEqual(before[i - 1]!.top + before[i - 1]!.height);
  }

  // A card can be focused (and would be lifted or opened) already.
  const first = cards(page, 'inbox').first();
  await first.focus();
  await first.evaluate((node) => node.setAttribute('data-e2e-focused', ''));

  release();
  await loaded;
  await afterQueuedTimers(page);

  // The same card element keeps focus (no remount) and no card moved.
  await expect(page.locator('[data-e2e-focused]')).toBeFocused();
  expect((await slots(page)).slice(0, before.length)).toEqual(before);
});
