// Work that should not hold up a frame the user waits for runs just after it: an animation frame,
// then a task, so the browser has painted in between.

/** Resolves after the next paint. A hidden tab paints no frames, so there a timer stands in. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.hidden) {
      setTimeout(resolve, 0);
      return;
    }
    // The tab may be hidden while we wait; its frames stop then.
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/**
 * Resolves after the next paint, once the browser is idle (or `timeout` ms later at most): for code
 * the first screen does not need, so it never competes with what the user is waiting for.
 */
export async function whenIdle(timeout = 2_000): Promise<void> {
  await afterNextPaint();
  await new Promise<void>((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 200);
  });
}
