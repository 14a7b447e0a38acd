import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ensureLocale } from '../i18n/translate';
import { usePreferences } from '../state/preferences';
import { App } from './App';
import '../ui/tokens.css';
import '../ui/base.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// A Chinese reader's messages are one small local chunk; English shows if it cannot load.
ensureLocale(usePreferences.getState().locale).then(render, render);

// The service worker is wiring for the next visit and for offline use: registered once the
// board has had time to paint and the browser is idle, so it costs nothing before the board paints.
// `vite dev` has none (a cached build would hide the code being edited).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => void import('./serviceWorker').then((m) => m.registerServiceWorker());
  // A few seconds after load: the board reads IndexedDB and paints after `load`, and must not wait on this.
  const whenIdle = () =>
    setTimeout(() => ('requestIdleCallback' in window ? window.requestIdleCallback(register, { timeout: 3000 }) : register()), 3000);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
