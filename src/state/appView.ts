// Which top-level view is open. Mirrored in the URL hash (#/board, #/roadmap)
// so a reload or a shared link keeps the view; the hash is untrusted input,
// validated here, and anything else (e.g. the skip link's #board) is ignored.
import { z } from 'zod/mini';
import { create } from 'zustand';

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

/** Every top-level view, in the header's order (app/commands/viewCommands.ts adds names and shortcuts). */
export const APP_VIEWS = [
  'board',
  'table',
  'prioritise',
  'iterations',
  'workload',
  'roadmap',
  'feedback',
  'competitors',
  'analytics',
  'review',
  'trash',
] as const;
export type AppView = (typeof APP_VIEWS)[number];

// The view may be followed by the filters' query string (#/table?priority=P0), which filterUrl.ts reads.
const hashSchema = z.string().check(z.regex(new RegExp(`^#/(${APP_VIEWS.join('|')})(\\?.*)?$`)));

/** The view a hash names, or null when it names none. */
export function viewFromHash(hash: string): AppView | null {
  return hashSchema.safeParse(hash).success ? (hash.slice(2).split('?')[0] as AppView) : null;
}

/** The query string after the view in a hash ("" when there is none). */
export function hashQuery(hash: string): string {
  const at = hash.indexOf('?');
  return viewFromHash(hash) && at !== -1 ? hash.slice(at + 1) : '';
}

function currentHash(): string {
  return typeof location === 'undefined' ? '' : location.hash;
}

export const useAppView = create<{ view: AppView }>(() => ({ view: viewFromHash(currentHash()) ?? 'board' }));

export function setAppView(view: AppView): void {
  useAppView.setState({ view });
  if (typeof history !== 'undefined' && viewFromHash(currentHash()) !== view) {
    // Filters apply to every view: they travel with the switch.
    const query = hashQuery(currentHash());
    history.pushState(null, '', `#/${view}${query ? `?${query}` : ''}`);
  }
}

if (typeof window !== 'undefined') {
  // Back and forward walk between the views.
  window.addEventListener('popstate', () => {
    const hash = currentHash();
    // Back to the address the app was opened on (no hash) is the board; other fragments (the skip link) are not views.
    const view = hash === '' ? 'board' : viewFromHash(hash);
    if (view) useAppView.setState({ view });
  });
}
