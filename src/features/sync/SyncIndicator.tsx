import { usePreferences } from '../../state/preferences';
import { useSyncSession } from '../../sync/session';
import type { SyncStatus } from '../../sync/connection';
import { useT } from '../../ui/useT';
import { useSyncStatusText } from './useSyncText';

// Shapes as well as colour tell the states apart.
const ICONS: Record<SyncStatus['state'], string> = { synced: '✓', syncing: '↻', offline: '⏸', refused: '⚠' };

/** The header's "synced / syncing / offline / refused" for the product on screen; nothing when it does not sync. */
export function SyncIndicator() {
  const t = useT();
  const text = useSyncStatusText();
  const productId = usePreferences((s) => s.currentProductId);
  const status = useSyncSession((s) => (productId ? s.statuses[productId] : undefined));
  if (!status) return null;
  const label = text(status);
  return (
    <span
      className={`sync-status sync-status--${status.state}`}
      role="status"
      data-testid="sync-status"
      data-state={status.state}
      aria-label={t('sync.status.label', { state: label })}
    >
      <span aria-hidden="true" className="sync-status__icon">
        {ICONS[status.state]}
      </span>
      {label}
    </span>
  );
}
