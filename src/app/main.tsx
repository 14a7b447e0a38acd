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
