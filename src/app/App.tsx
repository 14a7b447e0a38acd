import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect } from 'react';
import { repositories } from '../db';
import { Board } from '../features/board';
import { useAppView } from '../state/appView';
import '../state/filterUrl';
import { useBoardUi } from '../state/boardUi';
import { openCommandSurface, useCommandUi } from '../state/commandUi';
import { clearHistory } from '../state/history';
import { usePreferences } from '../state/preferences';
import { Toasts } from '../ui/Toasts';
import { useLocale, useT } from '../ui/useT';
import { AppHeader } from './AppHeader';
import { installShortcuts } from './commands/shortcuts';
import { useStartup } from './useStartup';
import './app.css';

// Dialogs load on first use: Markdown, sanitising and settings cost nothing at start-up.
const RequirementDetail = lazy(() =>
  import('../features/requirements').then((m) => ({ default: m.RequirementDetail })),
);
const StageSettingsDialog = lazy(() =>
  import('../features/settings').then((m) => ({ default: m.StageSettingsDialog })),
);
const CommandPalette = lazy(() => import('./palette/CommandPalette').then((m) => ({ default: m.CommandPalette })));
const CheatSheet = lazy(() => import('./commands/CheatSheet').then((m) => ({ default: m.CheatSheet })));
const SettingsDialog = lazy(() => import('../features/settings').then((m) => ({ default: m.SettingsDialog })));
const StartupFailure = lazy(() => import('./StartupFailure'));
// The views besides the board: the map of their chunks loads with the first one opened.
const LazyView = lazy(() => import('./views'));

export function App() {
  const t = useT();
  const locale = useLocale();
  const { startup, retry } = useStartup();
  const currentProductId = usePreferences((s) => s.currentProductId);
  const products = useLiveQuery(
    () => (startup.status === 'ready' ? repositories.products.listProducts() : undefined),
    [startup.status],
  );
  const current = products?.find((p) => p.id === currentProductId) ?? products?.[0];
  const detailOpen = useBoardUi((s) => s.selectedRequirementId !== null);
  const stagesOpen = useBoardUi((s) => s.stageSettingsOpen);
  const settingsOpen = useBoardUi((s) => s.settingsOpen);
  const view = useAppView((s) => s.view);

  const surface = useCommandUi((s) => s.open);
  useEffect(installShortcuts, []);

  // Undo belongs to the product it was done in.
  useEffect(() => clearHistory(current?.id), [current?.id]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = current ? `${current.name} · ${t('app.title')}` : t('app.title');
  }, [locale, current, t]);

  return (
    <div className="app">
      <a className="skip-link" href="#board">
        {t('app.skipToBoard')}
      </a>
      <AppHeader ready={startup.status === 'ready'} products={products} current={current} />
      <main id="board" className="app__main" tabIndex={-1}>
        {startup.status === 'failed' ? (
          <Suspense fallback={null}>
            <StartupFailure error={startup.error} onRetry={retry} />
          </Suspense>
        ) : startup.status === 'blocked' ? (
          <p role="alert" className="app__error">
            {t('storage.error.blocked')}
          </p>
        ) : current && view !== 'board' ? (
          <Suspense fallback={<p className="board__loading">{t('app.loading')}</p>}>
            <LazyView key={current.id} view={view} product={current} />
          </Suspense>
        ) : current ? (
          <Board
            key={current.id}
            productId={current.id}
            productName={current.name}
            cardScore={current.settings.cardScore}
          />
        ) : (
          <p className="board__loading">{t('app.loading')}</p>
        )}
      </main>
      <Suspense fallback={null}>
        {current && stagesOpen && <StageSettingsDialog productId={current.id} productName={current.name} />}
        {detailOpen && <RequirementDetail />}
        {settingsOpen && <SettingsDialog />}
        {surface === 'palette' && <CommandPalette onClose={() => openCommandSurface(null)} />}
        {surface === 'shortcuts' && <CheatSheet onClose={() => openCommandSurface(null)} />}
      </Suspense>
      <Toasts />
    </div>
  );
}
