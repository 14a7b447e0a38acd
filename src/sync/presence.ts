// Presence in a synced product: this tab tells the others its name and the requirement it has
// open, and hears theirs, through the provider's Yjs awareness (nothing of it is stored).
import type { Awareness } from 'y-protocols/awareness';
import { z } from 'zod/mini';
import { useBoardUi } from '../state/boardUi';
import { usePreferences } from '../state/preferences';
import { setPeers, type Peer } from '../state/presence';
import { loadPresenceName } from './presenceName';

// Another client's state is data from the network: checked before the header or a card shows it.
const peerStateSchema = z.object({
  name: z.string().check(z.maxLength(80)),
  open: z.nullable(z.string().check(z.maxLength(200))),
});

const shares = new Set<() => void>();

/** Sends this tab's name again to every synced product (after it changed in Settings). */
export function sharePresenceAgain(): void {
  for (const share of shares) share();
}

/** Shares and hears presence in one product until the returned function is called. */
export function watchPresence(productId: string, awareness: Awareness): () => void {
  const publish = () => {
    const peers: Peer[] = [];
    awareness.getStates().forEach((state, clientId) => {
      if (clientId === awareness.clientID) return;
      const parsed = peerStateSchema.safeParse(state);
      if (parsed.success) peers.push({ clientId, name: parsed.data.name, openRequirementId: parsed.data.open });
    });
    setPeers(productId, peers);
  };
  const share = () => {
    const open = usePreferences.getState().currentProductId === productId;
    awareness.setLocalState({
      name: loadPresenceName(),
      open: open ? useBoardUi.getState().selectedRequirementId : null,
    });
  };
  awareness.on('change', publish);
  shares.add(share);
  share();
  const stopBoard = useBoardUi.subscribe((s, before) => {
    if (s.selectedRequirementId !== before.selectedRequirementId) share();
  });
  const stopProduct = usePreferences.subscribe((s, before) => {
    if (s.currentProductId !== before.currentProductId) share();
  });
  return () => {
    stopBoard();
    stopProduct();
    shares.delete(share);
    awareness.off('change', publish);
    setPeers(productId, undefined);
  };
}
