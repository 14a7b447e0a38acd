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
