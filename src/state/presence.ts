// Who else is in a product right now and which requirement each has open (Yjs awareness, written
// by src/sync/session.ts); read by the header and the cards' badges, both loaded on demand.
import { create } from 'zustand';

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

export interface Peer {
  /** The Yjs client id: unique per open tab. */
  clientId: number;
  name: string;
  /** The requirement whose details are open, or null. */
  openRequirementId: string | null;
}

const NO_PEERS: readonly Peer[] = [];

export const usePresence = create<Partial<Record<string, readonly Peer[]>>>(() => ({}));

/** The other people in a product, this tab left out. */
export const usePeers = (productId: string | null): readonly Peer[] =>
  usePresence((s) => (productId ? s[productId] : undefined) ?? NO_PEERS);

export function setPeers(productId: string, peers: readonly Peer[] | undefined): void {
  usePresence.setState((s) => ({ ...s, [productId]: peers }));
}
