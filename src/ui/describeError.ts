import { CairnWriteError } from '../domain/errors';
import type { Translate } from '../i18n/translate';
import { gateTokenNames } from './gateItemName';

/** A sentence for the user about a failed write, in their language. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof CairnWriteError) {
    if (error.code === 'notFound') return t('error.notFound');
    if (error.code === 'lastStage') return t('stages.lastStage');
    if (error.code === 'invalidInput') return t('error.invalidInput', { message: error.message });
    if (error.code === 'stale') return t('error.stale', { title: String(error.details.title ?? '') });
    if (error.code === 'gateBlocked') {
      const missing = gateTokenNames(String(error.details.missing ?? '').split('\n'), t);
      return t('gate.blocked', { title: String(error.details.title ?? ''), missing });
    }
    if (error.code === 'wipBlocked') return t('error.wipBlocked', { limit: String(error.details.limit ?? '') });
    if (error.code === 'storageFull') return t('storage.error.full');
    if (error.code === 'databaseOutdated') return t('storage.error.outdated');
    if (error.code === 'databaseBlocked') return t('storage.error.blocked');
    if (error.code === 'storageUnavailable') return t('storage.error.unavailable');
    return t('error.generic', { message: error.message });
  }
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  return t('error.generic', { message: name && !message.includes(name) ? `${name}: ${message}` : message });
}
