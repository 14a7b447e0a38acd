// A share link opened in the address bar (`…/#sync=…`), waiting for the person to join or decline.
import { create } from 'zustand';

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

export const SHARE_LINK_HASH = '#sync=';

export const usePendingLink = create<{ link: string | null }>(() => ({ link: null }));

/** Takes the link out of the address (its token should not linger in history or bookmarks) and asks about it. */
export function takeLinkFromAddress(): void {
  if (!location.hash.startsWith(SHARE_LINK_HASH)) return;
  usePendingLink.setState({ link: location.hash });
  history.replaceState(history.state, '', location.pathname + location.search);
}

export function dismissPendingLink(): void {
  usePendingLink.setState({ link: null });
}
