// Whether this device ever had the demo written: read at every start-up, so it
// lives apart from the demo's writer, which loads only on a first run.
import type { CairnDatabase } from './database';

export const DEMO_SEEDED_KEY = 'demoSeeded';

export function createFirstRunRepository(db: CairnDatabase) {
  return {
    async isDemoSeeded(): Promise<boolean> {
      return (await db.meta.get(DEMO_SEEDED_KEY)) !== undefined;
    },
  };
}
