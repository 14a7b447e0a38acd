import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ensureLocale } from '../i18n/translate';
import { usePreferences } from '../state/preferences';
import { App } from './App';
import { whenIdle } from './whenIdle';
import '../ui/tokens.css';
import '../ui/base.css';

// index.html always has #root; without it createRoot throws "Target container is not a DOM element"
// itself, so the start-up bundle carries no message of its own for it.
const root = document.getElementById('root') as HTMLElement;
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// A Chinese reader's messages are one small local chunk; English shows if it cannot load.
ensureLocale(usePreferences.getState().locale).then(render, render);

// The service worker is wiring for the next visit and for offline use.
// `vite dev` has none (a cached build would hide the code being edited).
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  whenIdle(() => void import('./serviceWorker').then((m) => m.registerServiceWorker()));
// Team sync: importing boot resumes it. A small check, then yjs and the connection only where
// sync is set up or a share link is being opened.
whenIdle(() => void import('../features/sync/boot'));
