/// <reference types="vite-plugin-pwa/vanillajs" />
// Service worker wiring: precaches the built app so Cairn opens and works offline.
import { registerSW } from 'virtual:pwa-register';
import { translate } from '../i18n/translate';
import { usePreferences } from '../state/preferences';
import { showToast } from '../state/toasts';

/**
 * Registers the worker. A new version waits until the person chooses to reload
 * (registerType 'prompt'): reloading by itself could throw away a field being typed.
 */
export function registerServiceWorker(): void {
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh() {
      const t = (key: 'storage.update.ready' | 'storage.reload') => translate(usePreferences.getState().locale, key);
      showToast({
        tone: 'info',
        message: t('storage.update.ready'),
        action: { label: t('storage.reload'), run: () => void updateServiceWorker(true) },
        sticky: true,
      });
    },
  });
}
