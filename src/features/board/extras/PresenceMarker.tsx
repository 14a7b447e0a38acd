import { initials } from '../../../ui/initials';
import { usePeers } from '../../../state/presence';
import { useT } from '../../../ui/useT';

/** Initials of each other person who has this requirement open right now (team sync's presence). */
export function PresenceMarker({ productId, requirementId }: { productId: string; requirementId: string }) {
  const t = useT();
  const peers = usePeers(productId);
  return peers
    .filter((peer) => peer.openRequirementId === requirementId)
    .map((peer) => {
      const name = peer.name || t('card.presence.unnamed');
      const label = t('card.presence.open', { name });
      return (
        <span key={peer.clientId} className="card__presence" role="img" aria-label={label} title={label}>
          {initials(name)}
        </span>
      );
    });
}
