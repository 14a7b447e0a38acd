// Plural forms, apart from translate.ts: only the views that count things load them, not start-up.
import { formatNumber } from './format';
import { pluralRules } from './formatText';
import { translate, type Locale, type MessageKey, type MessageParams } from './translate';

/**
 * A message about `count` things: the form `key.<plural category>` (`.one`, `.few`…, as
 * Intl.PluralRules names them for the locale) when a catalog has it, else `key` itself,
 * which holds the general ("other") form. `{count}` is written with the locale's grouping.
 */
export function translateCount(locale: Locale, key: MessageKey, count: number, params?: MessageParams): string {
  const formKey = `${key}.${pluralRules(locale).select(count)}` as MessageKey;
  // translate answers a missing key with the key itself.
  const form = translate(locale, formKey) === formKey ? key : formKey;
  return translate(locale, form, { ...params, count: formatNumber(count, locale) });
}
