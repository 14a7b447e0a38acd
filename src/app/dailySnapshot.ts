// Schedules the automatic daily snapshot: a few seconds after start-up, when the
// browser is idle, and again every hour so a tab left open overnight takes the
// next day's. The work itself runs in a worker (src/db/snapshotWorker.ts).
import { dayOf } from '../domain/dates';

const FIRST_DELAY_MS = 5_000;
const EVERY_MS = 60 * 60 * 1000;

function takeWhenIdle(): void {
  const run = () =>
    void import('../db/snapshotAccess')
      .then((m) => m.takeDailySnapshotInBackground(dayOf(new Date())))
      // A snapshot that fails (storage full, an older tab) is retried next time; the app's own writes report storage errors.
      .catch((error: unknown) => console.warn('Daily snapshot failed', error));
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 5_000 });
  else run();
}

/** Starts the schedule; returns a function that stops it. */
export function scheduleDailySnapshots(): () => void {
  const first = setTimeout(takeWhenIdle, FIRST_DELAY_MS);
  const every = setInterval(takeWhenIdle, EVERY_MS);
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
