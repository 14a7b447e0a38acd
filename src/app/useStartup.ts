import { useEffect, useState } from 'react';
import { repositories, requestPersistentStorage } from '../db';
import { dayOf } from '../domain/dates';
import { setCurrentProduct, usePreferences } from '../state/preferences';
import { useSaveStatus } from '../state/saveStatus';

export type Startup = { status: 'starting' } | { status: 'ready' } | { status: 'failed'; message: string };

/** Opens the database and writes the demo product the first time Cairn ever runs. */
export function useStartup(): Startup {
  const [startup, setStartup] = useState<Startup>({ status: 'starting' });
  useEffect(() => {
    let live = true;
    const locale = usePreferences.getState().locale;
    repositories.seed.seedDemoOnFirstRun(locale, dayOf(new Date())).then(
      (demoId) => {
        if (demoId) setCurrentProduct(demoId);
        if (live) setStartup({ status: 'ready' });
      },
      (error: unknown) => {
        // IndexedDB missing (some private modes), blocked by an old tab, or out of quota.
        if (live) setStartup({ status: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, []);

  // Persistent storage is asked for on the first real write, not on a visit.
  useEffect(
    () =>
      useSaveStatus.subscribe((state, previous) => {
        if (state.completed > 0 && previous.completed === 0) void requestPersistentStorage();
      }),
    [],
  );
  return startup;
}
