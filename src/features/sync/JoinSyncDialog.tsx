import { useLiveQuery } from 'dexie-react-hooks';
import { repositories } from '../../db';
import { parseShareLink, readInvitation, type SyncTarget } from '../../domain/sync/shareLink';
import { setCurrentProduct } from '../../state/preferences';
import { joinSync } from '../../sync/session';
import { Dialog } from '../../ui/Dialog';
import { useLocale, useT } from '../../ui/useT';
import { dismissPendingLink, usePendingLink } from './pendingLink';
import { LINK_PROBLEM_KEYS } from './useSyncText';

function join(target: SyncTarget): void {
  dismissPendingLink();
  // The shared product shows once its data arrives (a new member has none of it yet).
  setCurrentProduct(target.productId);
  void joinSync(target);
}

/** Asks before a share link opened in the address bar sets up sync; says what is wrong with a bad one. */
export function JoinSyncDialog() {
  const t = useT();
  const locale = useLocale();
  const link = usePendingLink((s) => s.link);
  const parsed = link === null ? null : parseShareLink(link);
  const productId = parsed?.ok ? parsed.target.productId : null;
  const products = useLiveQuery(() => repositories.products.listProducts(), []);
  if (!parsed) return null;

  if (!parsed.ok) {
    return (
      <Dialog
        open
        title={t('sync.join.badTitle')}
        onClose={dismissPendingLink}
        footer={
          <button type="button" className="button" onClick={dismissPendingLink}>
            {t('sync.join.close')}
          </button>
        }
      >
        <p role="alert">{t(LINK_PROBLEM_KEYS[parsed.problem])}</p>
      </Dialog>
    );
  }

  const { target } = parsed;
  const invitation = readInvitation(target.token);
  const productName = products?.find((p) => p.id === productId)?.name ?? target.productId;
  return (
    <Dialog
      open
      title={t('sync.join.title')}
      onClose={dismissPendingLink}
      footer={
        <>
          <button type="button" className="button" onClick={dismissPendingLink}>
            {t('sync.join.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={() => join(target)}>
            {t('sync.join.confirm')}
          </button>
        </>
      }
    >
      <p>
        {t('sync.join.body', {
          product: productName,
          server: target.serverUrl,
          role: t(`sync.role.${invitation.role ?? 'unknown'}`),
        })}
      </p>
      {invitation.expiresAt && (
        <p>{t('sync.join.expires', { date: invitation.expiresAt.toLocaleDateString(locale) })}</p>
      )}
      <p>{t('sync.join.local')}</p>
    </Dialog>
  );
}
