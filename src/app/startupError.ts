// Why Cairn could not start, in words the person can act on. At start-up the
// only ways out are outside Cairn (free space, leave private browsing, close a
// tab), so these sentences differ from the ones a failed write shows.
import '../i18n/startupMessages';
import { CairnWriteError } from '../domain/errors';
import type { Translate } from '../i18n/translate';
import { describeError } from '../ui/describeError';

const EXPLAINED = new Set(['databaseOutdated', 'databaseBlocked', 'storageUnavailable']);

/** Why Cairn could not open its database (or write its first product): the cause in plain words when known, else the raw error. */
export function describeStartupError(error: unknown, t: Translate): string {
  if (error instanceof CairnWriteError) {
    // Emptying the trash or exporting a backup needs a running Cairn: not something to suggest here.
    if (error.code === 'storageFull') return t('startup.error.full');
    if (EXPLAINED.has(error.code)) return describeError(error, t);
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return t('app.storageError', { message });
}
