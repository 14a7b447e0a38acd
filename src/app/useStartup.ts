import { useEffect, useState } from 'react';
import { repositories, watchDatabaseConnection } from '../db';
import { dayOf } from '../domain/dates';
import { translate } from '../i18n/translate';
import { setCurrentProduct, usePreferences } from '../state/preferences';
import { useSaveStatus } from '../state/saveStatus';
import { showToast } from '../state/toasts';
import { scheduleDailySnapshots } from './dailySnapshot';

export type Startup = { status: 'starting' } | { status: 'blocked' } | { status: 'ready' } | { status: 'failed'; error: unknown };

/** Opens the database and writes the demo product the first time Cairn ever runs. */
export function useStartup(): Startup {
  const [startup, setStartup] = useState<Startup>({ status: 'starting' });
  useEffect(() => {
    let live = true;
    const locale = usePreferences.getState().locale;
    // Subscribed before the first query: 'blocked' fires while the database opens.
    const unwatch = watchDatabaseConnection({
      // An older Cairn tab holds the database; opening resumes by itself once it is closed.
      onBlocked: () => live && setStartup((s) => (s.status === 'starting' ? { status: 'blocked' } : s)),
      onOutdated: () => {
        const t = (key: 'storage.error.outdated' | 'storage.reload') => translate(usePreferences.getState().locale, key);
        showToast({ tone: 'error', message: t('storage.error.outdated'), action: { label: t('storage.reload'), run: () => location.reload() }, sticky: true });
      },
    });
    // The demo's writer and its bilingual content load only on a device's first run.
    const seedOnFirstRun = async () =>
      (await repositories.firstRun.isDemoSeeded()) ? null : (await import('../db/seedAccess')).seedRepository.seedDemoOnFirstRun(locale, dayOf(new Date()));
    seedOnFirstRun().then(
      (demoId) => {
        if (demoId) setCurrentProduct(demoId);
        if (live) setStartup({ status: 'ready' });
      },
      // IndexedDB missing or refused (some private modes) or out of quota: App names the cause.
      (error: unknown) => live && setStartup({ status: 'failed', error }),
    );
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  // The database is open and the demo written: safe to read everything for a snapshot.
  useEffect(() => (startup.status === 'ready' ? scheduleDailySnapshots() : undefined), [startup.status]);

  // Persistent storage is asked for on the first real write, not on a visit.
  useEffect(
    () =>
      useSaveStatus.subscribe((state, previous) => {
        if (state.completed > 0 && previous.completed === 0) void import('../db/storage').then((m) => m.requestPersistentStorage());
      }),
    [],
  );
  return startup;
}
