// A step-1 refusal in the PM's language.
import { IMPORT_LIMITS, type Refusal } from '../../domain/import/refusal';
import { formatNumber } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';

function megabytes(bytes: number, locale: string): string {
  return `${formatNumber(bytes / (1024 * 1024), locale, 1)} MB`;
}

export function refusalMessage(refusal: Refusal, t: Translate, locale: string): string {
  switch (refusal.code) {
    case 'empty':
      return t('import.refused.empty');
    case 'binary':
      return t('import.refused.binary');
    case 'noRows':
      return t('import.refused.noRows');
    case 'tooLarge':
      return t('import.refused.tooLarge', {
        size: megabytes(Number(refusal.detail), locale),
        limit: megabytes(IMPORT_LIMITS.maxBytes, locale),
      });
    case 'tooManyRows':
      return t('import.refused.tooManyRows', {
        count: formatNumber(Number(refusal.detail), locale),
        limit: formatNumber(IMPORT_LIMITS.maxRows, locale),
      });
    case 'notTrello': {
      const [reason, place] = refusal.detail.split(' ');
      const [line, column] = (place ?? '').split(':');
      const text =
        reason === 'notJson' && line && column
          ? t('import.refused.notTrello.notJsonAt', { line, column })
          : reason === 'notAnObject'
            ? t('import.refused.notTrello.notAnObject')
            : reason === 'noListsOrCards'
              ? t('import.refused.notTrello.noListsOrCards')
              : t('import.refused.notTrello.notJson');
      return t('import.refused.notTrello', { reason: text });
    }
  }
}
