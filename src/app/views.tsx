// The app's top-level views besides the board, each loaded when first opened
// (their names, order and shortcuts are in commands/viewCommands.ts). This map is itself
// loaded with the first of them (App.tsx): the board's start-up carries none of it.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Product } from '../domain/types';
import type { AppView } from '../state/appView';

interface ViewProps {
  product: Product;
}
type LazyView = LazyExoticComponent<ComponentType<ViewProps>>;

/** Most views take the product's id and name; the wrapper is written once. */
function byIdAndName(View: ComponentType<{ productId: string; productName: string }>): {
  default: ComponentType<ViewProps>;
} {
  return { default: ({ product }) => <View productId={product.id} productName={product.name} /> };
}

const LAZY_VIEWS: Record<Exclude<AppView, 'board'>, LazyView> = {
  table: lazy(() => import('../features/table').then((m) => byIdAndName(m.RequirementTable))),
  prioritise: lazy(() => import('../features/prioritise').then((m) => ({ default: m.Prioritise }))),
  iterations: lazy(() => import('../features/iterations').then((m) => ({ default: m.Iterations }))),
  workload: lazy(() => import('../features/workload').then((m) => ({ default: m.Workload }))),
  roadmap: lazy(() => import('../features/roadmap').then((m) => byIdAndName(m.Roadmap))),
  feedback: lazy(() => import('../features/evidence').then((m) => byIdAndName(m.FeedbackInbox))),
  competitors: lazy(() => import('../features/evidence').then((m) => byIdAndName(m.CompetitorMatrix))),
  analytics: lazy(() => import('../features/analytics')),
  review: lazy(() => import('../features/review').then((m) => ({ default: m.ReviewQueue }))),
  trash: lazy(() =>
    import('../features/requirements').then((m) => ({
      default: ({ product }: ViewProps) => <m.TrashView productId={product.id} />,
    })),
  ),
};

/** One lazily loaded view; keyed by product (in App) so a product switch starts it afresh. */
export default function LazyView({ view, product }: { view: Exclude<AppView, 'board'>; product: Product }) {
  const View = LAZY_VIEWS[view];
  return <View product={product} />;
}
