import { initials } from '../../ui/initials';
import { usePeers } from '../../state/presence';
import { usePreferences } from '../../state/preferences';
import { useT } from '../../ui/useT';

/** The header's "who else is here": one avatar of initials per person, the names in accessible text. */
export function PresenceList() {
  const t = useT();
  const productId = usePreferences((s) => s.currentProductId);
  const peers = usePeers(productId);
  if (peers.length === 0) return null;
  return (
    <ul className="presence" aria-label={t('sync.presence.label')} data-testid="presence">
      {peers.map((peer) => {
        const name = peer.name || t('sync.presence.unnamed');
        return (
          <li key={peer.clientId} className="presence__avatar" title={name}>
            <span aria-hidden="true">{initials(name)}</span>
            <span className="visually-hidden">{name}</span>
          </li>
        );
      })}
    </ul>
  );
}
