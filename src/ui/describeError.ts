import { CairnWriteError } from '../domain/errors';
import type { Translate } from '../i18n/translate';

/** A sentence for the user about a failed write, in their language. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof CairnWriteError) {
    if (error.code === 'notFound') return t('error.notFound');
    if (error.code === 'lastStage') return t('stages.lastStage');
    if (error.code === 'invalidInput') return t('error.invalidInput', { message: error.message });
    return t('error.generic', { message: error.message });
  }
  // Dexie surfaces quota and blocked-database failures as named errors.
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  return t('error.generic', { message: name && !message.includes(name) ? `${name}: ${message}` : message });
}
