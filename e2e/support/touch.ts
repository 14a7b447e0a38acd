// Touch gestures for the tablet tests. Playwright's `page.touchscreen` only taps,
// and dnd-kit's TouchSensor needs one touch point that starts, moves and ends, so
// these send CDP's Input.dispatchTouchEvent: Chromium routes it through its real
// input pipeline, so a swipe pans and flings the scroller under it like a finger,
// and a held touch fires the page's touchstart with no touchmove until we send one.
import { expect, type Locator, type Page } from '@playwright/test';

type Point = { x: number; y: number };

async function touchInput(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', at?: Point) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [at] : [] });
  return { send, detach: () => cdp.detach() };
}

async function centre(locator: Locator): Promise<Point> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('touch target is not visible');
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 20) };
}

/**
 * One move a frame, as a finger's arrive: moves sent all at once can be
 * acknowledged only after the touch has ended, and Chromium then starts no pan.
 */
async function moveTouch(
  page: Page,
  send: Awaited<ReturnType<typeof touchInput>>['send'],
  from: Point,
  to: Point,
  steps: number,
) {
  for (let i = 1; i <= steps; i++) {
    await send('touchMove', { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
}

/**
 * Presses a card until the board lifts it (the app's own signal, aria-pressed,
 * not a timed wait past the sensor's delay), then slides the finger to the
 * target and lets go.
 */
export async function touchDragTo(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = await centre(source);
  const to = await centre(target);
  const touch = await touchInput(page);
  await touch.send('touchStart', from);
  await expect(source).toHaveAttribute('aria-pressed', 'true');
  await moveTouch(page, touch.send, from, to, 12);
  await touch.send('touchEnd');
  await touch.detach();
}

/**
 * A quick swipe that starts on `on` (at its centre, or at `at` inside it) and
 * travels by (dx, dy): no pause, so nothing is lifted.
 */
export async function swipe(page: Page, on: Locator, dx: number, dy: number, at?: Point): Promise<void> {
  const box = at && (await on.boundingBox());
  const from = box ? { x: box.x + at.x, y: box.y + at.y } : await centre(on);
  const touch = await touchInput(page);
  await touch.send('touchStart', from);
  await moveTouch(page, touch.send, from, { x: from.x + dx, y: from.y + dy }, 10);
  await touch.send('touchEnd');
  await touch.detach();
}
