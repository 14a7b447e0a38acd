import { useCallback } from 'react';
import { translate, type MessageKey, type MessageParams, type Translate } from '../i18n/translate';
import { usePreferences } from '../state/preferences';

/** The translate function for the current UI language; re-renders when it changes. */
export function useT(): Translate {
  const locale = usePreferences((s) => s.locale);
  return useCallback((key: MessageKey, params?: MessageParams) => translate(locale, key, params), [locale]);
}

export function useLocale() {
  return usePreferences((s) => s.locale);
}
