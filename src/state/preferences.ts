import { create } from 'zustand';
import { detectLocale, type Locale } from '../i18n/translate';
import { loadPreferences, savePreferences } from './persist';

interface PreferencesState {
  locale: Locale;
  currentProductId: string | null;
}

function initialPreferences(): PreferencesState {
  const stored = loadPreferences();
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  return {
    locale: stored.locale ?? detectLocale(languages),
    currentProductId: stored.currentProductId ?? null,
  };
}

export const usePreferences = create<PreferencesState>(() => initialPreferences());

usePreferences.subscribe((state) => savePreferences({ locale: state.locale, currentProductId: state.currentProductId }));

export function setLocale(locale: Locale): void {
  usePreferences.setState({ locale });
}

export function setCurrentProduct(productId: string | null): void {
  usePreferences.setState({ currentProductId: productId });
}
