import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect } from 'react';
import { repositories } from '../db';
import type { Product } from '../domain/types';
import { Board } from '../features/board';
import { ProductSwitcher } from '../features/products';
import { setAppView, useAppView, type AppView } from '../state/appView';
import '../state/filterUrl';
import { setSettingsOpen, setStageSettingsOpen, useBoardUi } from '../state/boardUi';
import { openCommandSurface, useCommandUi } from '../state/commandUi';
import { clearHistory } from '../state/history';
import { usePreferences } from '../state/preferences';
import { SaveStatus } from '../ui/SaveStatus';
import { Toasts } from '../ui/Toasts';
import { useLocale, useT } from '../ui/useT';
import { installShortcuts } from './commands/shortcuts';
import { VIEW_COMMANDS } from './commands/viewCommands';
import { HistoryControls } from './HistoryControls';
import { LanguageSwitch } from './LanguageSwitch';
import { useStartup } from './useStartup';
import { LAZY_VIEWS } from './views';
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
      <header className="app__header">
        <h1 className="app__brand">
          <img src="/favicon.svg" alt="" width="24" height="24" />
          <span>{t('app.title')}</span>
        </h1>
        {products && current && <ProductSwitcher products={products} current={current} />}
        <nav className="app__views" aria-label={t('roadmap.nav.label')}>
          {VIEW_COMMANDS.map((item) => (
            <button
              key={item.view}
              type="button"
              className="button"
              aria-pressed={view === item.view}
              onClick={() => setAppView(item.view)}
            >
              {t(item.name)}
            </button>
          ))}
        </nav>
        <span className="app__spacer" />
        {startup.status === 'ready' && <HistoryControls />}
        {startup.status === 'ready' && (
          <button type="button" className="button" title="Ctrl+K" onClick={() => openCommandSurface('palette')}>
            {t('palette.open')}
          </button>
        )}
        {current && (
          <button type="button" className="button" onClick={() => setStageSettingsOpen(true)}>
            {t('board.stageSettings')}
          </button>
        )}
        {startup.status === 'ready' && (
          <button type="button" className="button" onClick={() => setSettingsOpen(true)}>
            {t('settings.open')}
          </button>
        )}
        <LanguageSwitch />
        {/* Team sync renders its connection state here once it is set up (features/sync/mountSync.tsx). */}
        <span id="sync-status" />
        <SaveStatus />
      </header>
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

/** One lazily loaded view; keyed by product so a product switch starts it afresh. */
function LazyView({ view, product }: { view: Exclude<AppView, 'board'>; product: Product }) {
  const View = LAZY_VIEWS[view];
  return <View product={product} />;
}
