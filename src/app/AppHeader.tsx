import { lazy, Suspense, useState } from 'react';
import type { Product } from '../domain/types';
import { HeaderSearch } from '../features/search';
import { useAppView } from '../state/appView';
import { SaveStatus } from '../ui/SaveStatus';
import { useT } from '../ui/useT';
import { VIEW_COMMANDS } from './commands/viewCommands';
import { HistoryControls } from './HistoryControls';
import { MoreButton } from './MoreButton';
import { ViewNav } from './ViewNav';
import './shell.css';

// Its slot keeps its width, so the switcher arriving after the board paints moves nothing.
const ProductSwitcher = lazy(() => import('../features/products').then((m) => ({ default: m.ProductSwitcher })));

interface AppHeaderProps {
  ready: boolean;
  products: Product[] | undefined;
  current: Product | undefined;
}

/**
 * The app shell's one row: product, views, search, save state, undo and the "More" menu.
 * Every slot keeps its size while its content loads, so nothing on the page shifts (CLS).
 */
export function AppHeader({ ready, products, current }: AppHeaderProps) {
  const t = useT();
  const view = useAppView((s) => s.view);
  const [hiddenFrom, setHiddenFrom] = useState(VIEW_COMMANDS.length);
  const searchable = view === 'board' || view === 'table';

  return (
    <header className="shell">
      <h1 className="shell__brand">
        <img src="/favicon.svg" alt="" width="24" height="24" />
        <span>{t('app.title')}</span>
      </h1>
      <div className="shell__product">
        {products && current && (
          <Suspense fallback={null}>
            <ProductSwitcher products={products} current={current} />
          </Suspense>
        )}
      </div>
      <ViewNav hiddenFrom={hiddenFrom} onHiddenFrom={setHiddenFrom} />
      <div className="shell__search">{searchable && <HeaderSearch />}</div>
      <div className="shell__status">
        <SaveStatus />
        {/* Team sync renders its connection state here once it is set up (features/sync/mountSync.tsx). */}
        <span id="sync-status" />
      </div>
      <HistoryControls />
      <MoreButton
        overflow={VIEW_COMMANDS.slice(hiddenFrom).map((c) => c.view)}
        ready={ready}
        hasProduct={current !== undefined}
      />
    </header>
  );
}
