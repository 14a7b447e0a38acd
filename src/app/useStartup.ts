import { useCallback, useEffect, useState } from 'react';
import { repositories, watchDatabaseConnection } from '../db';
import { dayOf } from '../domain/dates';
import { translate } from '../i18n/translate';
import { setCurrentProduct, usePreferences } from '../state/preferences';
import { useSaveStatus } from '../state/saveStatus';
import { showToast } from '../state/toasts';
import { scheduleDailySnapshots } from './dailySnapshot';

export type Startup =
  { status: 'starting' } | { status: 'blocked' } | { status: 'ready' } | { status: 'failed'; error: unknown };

/** How start-up went, and a way to try again once the person has fixed the cause (freed space, closed a tab). */
export interface StartupState {
  startup: Startup;
  retry: () => void;
}

/** Opens the database and writes the demo product the first time Cairn ever runs. */
export function useStartup(): StartupState {
  const [startup, setStartup] = useState<Startup>({ status: 'starting' });
  const [attempt, setAttempt] = useState(0);
  useEffect(
    () =>
      // Subscribed before the first query: 'blocked' fires while the database opens.
      watchDatabaseConnection({
        // An older Cairn tab holds the database; opening resumes by itself once it is closed.
        onBlocked: () => setStartup((s) => (s.status === 'starting' ? { status: 'blocked' } : s)),
        onOutdated: () => {
          const t = (key: 'storage.error.outdated' | 'storage.reload') =>
            translate(usePreferences.getState().locale, key);
          showToast({
            tone: 'error',
            message: t('storage.error.outdated'),
            action: { label: t('storage.reload'), run: () => location.reload() },
            sticky: true,
          });
        },
      }),
    [],
  );
  useEffect(() => {
    let live = true;
    const locale = usePreferences.getState().locale;
    // The demo's writer and its bilingual content load only on a device's first run.
    const seedOnFirstRun = async () =>
      (await repositories.firstRun.isDemoSeeded())
        ? null
        : (await import('../db/seedAccess')).seedRepository.seedDemoOnFirstRun(locale, dayOf(new Date()));
    seedOnFirstRun().then(
      (demoId) => {
        if (demoId) setCurrentProduct(demoId);
        // A retry that worked: the "Not saved" of the failed attempt no longer holds.
        useSaveStatus.setState({ failed: false });
        if (live) setStartup({ status: 'ready' });
      },
      (error: unknown) => {
        // Nothing was written (the first product included): the header must not say "Saved".
        useSaveStatus.setState({ failed: true });
        // IndexedDB missing or refused (some private modes) or out of quota: App names the cause.
        if (live) setStartup({ status: 'failed', error });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setStartup({ status: 'starting' });
    setAttempt((n) => n + 1);
  }, []);

  // The database is open and the demo written: safe to read everything for a snapshot.
  useEffect(() => (startup.status === 'ready' ? scheduleDailySnapshots() : undefined), [startup.status]);

  // Persistent storage is asked for on the first real write, not on a visit.
  useEffect(
    () =>
      useSaveStatus.subscribe((state, previous) => {
        if (state.completed > 0 && previous.completed === 0)
          void import('../db/storage').then((m) => m.requestPersistentStorage());
      }),
    [],
  );
  return { startup, retry };
}
