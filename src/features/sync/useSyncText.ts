import type { ShareLinkProblem } from '../../domain/sync/shareLink';
import '../../i18n/syncMessages';
import { translateCount } from '../../i18n/translateCount';
import type { SyncStatus } from '../../sync/connection';
import { useLocale, useT } from '../../ui/useT';

/** The words for a connection state, in the reader's language. */
export function useSyncStatusText(): (status: SyncStatus) => string {
  const t = useT();
  const locale = useLocale();
  return (status) => {
    switch (status.state) {
      case 'synced':
        return t(status.readOnly ? 'sync.status.syncedReadOnly' : 'sync.status.synced');
      case 'syncing':
        return status.pending > 0
          ? translateCount(locale, 'sync.status.syncingPending', status.pending)
          : t('sync.status.syncing');
      case 'offline':
        return status.pending > 0
          ? translateCount(locale, 'sync.status.offlinePending', status.pending)
          : t('sync.status.offline');
      case 'refused':
        return t('sync.status.refused', { reason: t(`sync.refusal.${status.reason}`) });
    }
  };
}

export const LINK_PROBLEM_KEYS = {
  noSyncPart: 'sync.link.noSyncPart',
  notDecodable: 'sync.link.notDecodable',
  wrongShape: 'sync.link.wrongShape',
  badServerUrl: 'sync.link.badServerUrl',
  badProduct: 'sync.link.badProduct',
  badToken: 'sync.link.badToken',
} as const satisfies Record<ShareLinkProblem, string>;
