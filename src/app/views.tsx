// The app's top-level views besides the board, each loaded when first opened,
// and the order the header lists them in.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Product } from '../domain/types';
import type { MessageKey } from '../i18n/translate';
import type { AppView } from '../state/appView';

interface ViewProps {
  product: Product;
}
type LazyView = LazyExoticComponent<ComponentType<ViewProps>>;

export const LAZY_VIEWS: Record<Exclude<AppView, 'board'>, LazyView> = {
  table: lazy(() => import('../features/table').then((m) => ({ default: ({ product }: ViewProps) => <m.RequirementTable productId={product.id} productName={product.name} /> }))),
  prioritise: lazy(() => import('../features/prioritise').then((m) => ({ default: ({ product }: ViewProps) => <m.Prioritise product={product} /> }))),
  iterations: lazy(() => import('../features/iterations').then((m) => ({ default: ({ product }: ViewProps) => <m.Iterations product={product} /> }))),
  roadmap: lazy(() => import('../features/roadmap').then((m) => ({ default: ({ product }: ViewProps) => <m.Roadmap productId={product.id} productName={product.name} /> }))),
  feedback: lazy(() => import('../features/evidence').then((m) => ({ default: ({ product }: ViewProps) => <m.FeedbackInbox productId={product.id} productName={product.name} /> }))),
  competitors: lazy(() =>
    import('../features/evidence').then((m) => ({ default: ({ product }: ViewProps) => <m.CompetitorMatrix productId={product.id} productName={product.name} /> })),
  ),
  analytics: lazy(() => import('../features/analytics')),
  trash: lazy(() => import('../features/requirements').then((m) => ({ default: ({ product }: ViewProps) => <m.TrashView productId={product.id} /> }))),
};

export const NAV: readonly { view: AppView; label: MessageKey }[] = [
  { view: 'board', label: 'roadmap.nav.board' },
  { view: 'table', label: 'nav.table' },
  { view: 'prioritise', label: 'nav.prioritise' },
  { view: 'iterations', label: 'nav.iterations' },
  { view: 'roadmap', label: 'roadmap.nav.roadmap' },
  { view: 'feedback', label: 'nav.feedback' },
  { view: 'competitors', label: 'nav.competitors' },
  { view: 'trash', label: 'nav.trash' },
];
