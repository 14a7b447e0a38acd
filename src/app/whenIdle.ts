/**
 * Runs `run` after `load`, `delayMs` later and when the browser is idle: the board
 * reads IndexedDB and paints after `load`, and must not wait on what comes later.
 */
export function whenIdle(run: () => void, delayMs = 3000): void {
  const later = () =>
    setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 3000 }) : run()), delayMs);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
