// The Analytics view, in two steps: the start-up bundle lists the files of each
// view it can open, and this tiny module is all it lists for this one (the
// start-up budget had no bytes for the charts' chunks); the view loads next.
// Settings and the palette reach the product's flow settings writes here.
import { createElement, lazy } from 'react';
import type { Product } from '../../domain/types';

const View = lazy(() => import('./Analytics').then((m) => ({ default: m.Analytics })));

/** React.lazy wants a component, not another lazy one: this renders the inner one. */
export default function AnalyticsView(props: { product: Product }) {
  return createElement(View, props);
}

export { saveFlowSetting, toggleAgeMarkers } from './flowSettings';
