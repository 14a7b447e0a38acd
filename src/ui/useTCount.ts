import { useCallback } from 'react';
import type { MessageKey, MessageParams } from '../i18n/translate';
import { translateCount } from '../i18n/translateCount';
import { usePreferences } from '../state/preferences';

export type TranslateCount = (key: MessageKey, count: number, params?: MessageParams) => string;

/** translateCount for the current UI language: "1 coloured tag", "2 coloured tags". */
export function useTCount(): TranslateCount {
  const locale = usePreferences((s) => s.locale);
  return useCallback(
    (key: MessageKey, count: number, params?: MessageParams) => translateCount(locale, key, count, params),
    [locale],
  );
}
