// The member writes' refusals in the user's words: which name, and what to do.
import { CairnWriteError } from '../../domain/errors';
import type { Translate } from '../../i18n/translate';
import { describeError } from '../../ui/describeError';

export function describeMemberError(error: unknown, t: Translate): string {
  if (error instanceof CairnWriteError && error.code === 'invalidInput') {
    const { problem, name } = error.details;
    if (problem === 'emptyName') return t('members.error.emptyName');
    if (problem === 'longName') return t('members.error.longName');
    if (problem === 'duplicateName') return t('members.error.duplicateName', { name: String(name ?? '') });
  }
  return describeError(error, t);
}
