// Issue 18: the board on a tablet held upright, used by touch. Touch gestures go
// through CDP (e2e/support/touch.ts explains why Playwright's touchscreen is not enough).
import { expect, test, type Page } from '@playwright/test';
import {
  card,
  cards,
  expectNoAxeViolations,
  openBoard,
  quickAdd,
  titlesIn,
  waitSaved,
  openView,
} from './support/board';
import { swipe, touchDragTo } from './support/touch';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });

const boardColumns = (page: Page) => page.locator('.board__columns');

/**
 * Every control in the board region whose target is under 44 × 44 px. A control
 * inside a <label> is hit through its label, so the label is what is measured.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: /^Board of / }).evaluate((board) => {
    const controls = board.querySelectorAll<HTMLElement>(
      'button, a[href], input, select, textarea, summary, [role="button"], [tabindex="0"]',
    );
    return [...controls].flatMap((el) => {
      const box = (el.closest('label') ?? el).getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(el).visibility === 'hidden') return [];
      if (box.width >= 44 && box.height >= 44) return [];
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
      return [`${name}: ${Math.round(box.width)}×${Math.round(box.height)}`];
    });
  });
}

test.describe('the board on a tablet, by touch', () => {
  test('the device counts as a coarse pointer', async ({ page }) => {
    // Every touch rule in the CSS hangs on this media query; without it the rest proves nothing.
    await openBoard(page);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  });

  test('a short press lifts a card, dragging moves it to another stage, and the move survives a reload', async ({
    page,
  }) => {
    await openBoard(page);
    await quickAdd(page, 'Inbox', 'Boarding pass in the wallet');
    await touchDragTo(page, card(page, 'Boarding pass in the wallet'), cards(page, 'analysis').first());
    await expect(cards(page, 'analysis').filter({ hasText: 'Boarding pass in the wallet' })).toHaveCount(1);
    await waitSaved(page);
    expect(await titlesIn(page, 'inbox')).not.toContain('Boarding pass in the wallet');

    await page.reload();
    await expect(cards(page, 'analysis').filter({ hasText: 'Boarding pass in the wallet' })).toHaveCount(1);
    expect(await titlesIn(page, 'inbox')).not.toContain('Boarding pass in the wallet');
  });

  test('a swipe that starts on a card scrolls the board sideways and lifts nothing', async ({ page }) => {
    await openBoard(page);
    const inboxBefore = await titlesIn(page, 'inbox');
    expect(await boardColumns(page).evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await boardColumns(page).evaluate((el) => el.scrollLeft)).toBe(0);

    await swipe(page, cards(page, 'inbox').nth(1), -300, 0);
    await expect.poll(() => boardColumns(page).evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    // dnd-kit's live region announces every lift; it stayed silent, and no card moved.
    await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText('');
    await expect(page.locator('[data-testid="requirement-card"][aria-pressed="true"]')).toHaveCount(0);
    expect(await titlesIn(page, 'inbox')).toEqual(inboxBefore);
    // The board took the swipe, not the page.
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
  });

  test('every control on the board is at least 44 × 44 px, with the filters and saved views open too', async ({
    page,
  }) => {
    await openBoard(page);
    expect(await smallTargets(page)).toEqual([]);
    const filters = page.getByRole('button', { name: 'Filters', exact: true });
    await filters.click();
    // The panel is its own chunk: wait for it, not just for the button's state.
    await expect(page.getByRole('group', { name: 'Filter requirements by' })).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
    await page.getByRole('button', { name: 'Saved views', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Saved views' })).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
  });

  test('has no axe violations at 768 px', async ({ page }) => {
    await openBoard(page);
    await expectNoAxeViolations(page);
  });
});

test.describe('the roadmap on a tablet, by touch', () => {
  test('a swipe on an empty part of the timeline scrolls it', async ({ page }) => {
    await openBoard(page);
    await openView(page, 'Roadmap');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(page.getByTestId('initiative-bar').first()).toBeVisible();
    // The timeline opens scrolled to today; the swipe moves it on from there.
    const before = await timeline.evaluate((el) => el.scrollLeft);
    // A lane's last few pixels hold no bar, so this touch starts on the track itself.
    const track = timeline.locator('[data-lane-track]').first();
    const box = await track.boundingBox();
    if (!box) throw new Error('the first lane is not laid out');
    await swipe(page, track, -300, 0, { x: 400, y: box.height - 3 });
    await expect.poll(() => timeline.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before + 100);
    // Nothing was drawn: no new initiative's editor opened.
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('Now / Next / Later lifts an initiative on a short press and a touch drag moves it', async ({ page }) => {
    await openBoard(page);
    await openView(page, 'Roadmap');
    await page.getByRole('button', { name: 'Now / Next / Later' }).click();
    const later = page.locator('[data-horizon="later"]');
    const next = page.locator('[data-horizon="next"]');
    await touchDragTo(
      page,
      later.getByRole('button', { name: /^Group travel,/ }),
      next.getByTestId('initiative-bar').first(),
    );
    await expect(next.getByRole('button', { name: /^Group travel,/ })).toBeVisible();
    await waitSaved(page);
    await expect(later.getByRole('button', { name: /^Group travel,/ })).toHaveCount(0);
  });
});

test.describe('the table on a tablet', () => {
  test('rows grow to take a finger and the virtual list places them at the same height', async ({ page }) => {
    await openBoard(page);
    await openView(page, 'Table');
    const rows = page.getByRole('table', { name: /^Requirements of / }).locator('.table__body [role="row"]');
    await expect(rows.nth(2)).toBeVisible();
    const [first, second, third] = await Promise.all([0, 1, 2].map((i) => rows.nth(i).boundingBox()));
    if (!first || !second || !third) throw new Error('table rows are not laid out');
    // Rows placed at a height other than their own would overlap or leave gaps.
    expect(first.height).toBeGreaterThanOrEqual(44);
    expect(second.y - first.y).toBe(first.height);
    expect(third.y - second.y).toBe(first.height);
    const edit = rows.first().getByRole('button').last();
    expect((await edit.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  });
});
