import { usePreferences } from '../../state/preferences';
import { useViewOnly, VIEW_ONLY_LOCK } from '../../state/viewOnly';
import { useSyncSession } from '../../sync/session';
import type { SyncStatus } from '../../sync/connection';
import { useT } from '../../ui/useT';
import { useSyncStatusText } from './useSyncText';
import { PresenceList } from './PresenceList';

// Shapes as well as colour tell the states apart.
const ICONS: Record<SyncStatus['state'], string> = { synced: '✓', syncing: '↻', offline: '⏸', refused: '⚠' };

/** The header's "synced / syncing / offline / refused" for the product on screen; nothing when it does not sync. */
export function SyncIndicator() {
  const t = useT();
  const text = useSyncStatusText();
  const productId = usePreferences((s) => s.currentProductId);
  const status = useSyncSession((s) => (productId ? s.statuses[productId] : undefined));
  const viewOnly = useViewOnly((s) => productId !== null && s[productId] === true);
  if (!status) return null;
  const label = text(status);
  return (
    <>
      <PresenceList />
      {viewOnly && (
        <span className="sync-view-only">
          <strong>{t('sync.viewOnly.badge')}</strong>
          {/* The description every control disabled for a viewer points to. */}
          <span id={VIEW_ONLY_LOCK['aria-describedby']} className="sync-view-only__note">
            {t('sync.viewOnly.note')}
          </span>
        </span>
      )}
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
    </>
  );
}
