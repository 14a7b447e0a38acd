import { useId, useState } from 'react';
import { PresenceNameField } from './PresenceNameField';
import { readInvitation } from '../../domain/sync/shareLink';
import type { MessageKey } from '../../i18n/translate';
import { usePreferences } from '../../state/preferences';
import { joinSync, leaveSync, useSyncSession } from '../../sync/session';
import { useT } from '../../ui/useT';
import { decideConnect, type ConnectField, type ConnectInput } from './connectForm';
import { useSyncStatusText } from './useSyncText';
import './sync.css';

const EMPTY: ConnectInput = { link: '', serverUrl: '', token: '' };

/** Settings → Sync: connect the product on screen (or the one a link names) to a sync server, or leave. */
export function SyncSection() {
  const t = useT();
  const statusText = useSyncStatusText();
  const ids = {
    heading: useId(),
    hint: useId(),
    link: useId(),
    linkHint: useId(),
    server: useId(),
    token: useId(),
    error: useId(),
  };
  const productId = usePreferences((s) => s.currentProductId);
  const target = useSyncSession((s) => s.targets.find((candidate) => candidate.productId === productId));
  const status = useSyncSession((s) => (productId ? s.statuses[productId] : undefined));
  const [input, setInput] = useState<ConnectInput>(EMPTY);
  const [error, setError] = useState<{ field: ConnectField; message: MessageKey } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const edit = (field: ConnectField) => (event: { target: { value: string } }) => {
    setInput((previous) => ({ ...previous, [field]: event.target.value }));
    setError(null);
  };
  const invalid = (field: ConnectField) =>
    error?.field === field ? { 'aria-invalid': true, 'aria-errormessage': ids.error } : {};

  const connect = () => {
    if (!productId) return;
    const decision = decideConnect(input, productId);
    if (!decision.ok) {
      setError({ field: decision.field, message: decision.message });
      setNotice(null);
      return;
    }
    const { target: next } = decision;
    setInput(EMPTY);
    setNotice(
      next.productId === productId
        ? t('sync.settings.joined')
        : t('sync.settings.joinedOther', { product: next.productId }),
    );
    // Loaded here, not imported: a static import would add its chunk to the start-up bundle's preload list.
    void joinSync(next).then(() => import('./mountSync').then((m) => m.mountSync()));
  };
  const leave = () => {
    if (!productId) return;
    setNotice(t('sync.settings.left'));
    void leaveSync(productId);
  };

  const role = target ? readInvitation(target.token).role : undefined;
  return (
    <section className="settings-section" aria-labelledby={ids.heading} data-testid="sync-section">
      <h3 id={ids.heading} className="settings-section__heading">
        {t('sync.settings.heading')}
      </h3>
      <div className="settings-group">
        <p id={ids.hint} className="settings-group__hint">
          {t('sync.settings.hint')}
        </p>
        {productId && (
          <p className="settings-group__hint">
            {t('sync.settings.invite')} <code>npm run sync-server -- --invite {productId} --role editor</code>
          </p>
        )}
        {target && (
          <>
            <p>
              {t('sync.settings.connected', { server: target.serverUrl, role: t(`sync.role.${role ?? 'unknown'}`) })}
              {status && ` ${statusText(status)}`}
            </p>
            <p className="settings-group__hint">{t('sync.settings.leaveHint')}</p>
            <div className="settings-group__controls">
              <button type="button" className="button" onClick={leave}>
                {t('sync.settings.leave')}
              </button>
            </div>
          </>
        )}
        <PresenceNameField />
        <div className="sync-settings__field">
          <label htmlFor={ids.link}>{t('sync.settings.link')}</label>
          <input
            id={ids.link}
            type="text"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={ids.linkHint}
            value={input.link}
            onChange={edit('link')}
            {...invalid('link')}
          />
          <p id={ids.linkHint} className="settings-group__hint">
            {t('sync.settings.linkHint')}
          </p>
        </div>
        <div className="sync-settings__field">
          <label htmlFor={ids.server}>{t('sync.settings.server')}</label>
          <input
            id={ids.server}
            type="url"
            autoComplete="off"
            placeholder="ws://localhost:1234"
            value={input.serverUrl}
            onChange={edit('serverUrl')}
            {...invalid('serverUrl')}
          />
        </div>
        <div className="sync-settings__field">
          <label htmlFor={ids.token}>{t('sync.settings.token')}</label>
          <input
            id={ids.token}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={input.token}
            onChange={edit('token')}
            {...invalid('token')}
          />
        </div>
        {error && (
          <p id={ids.error} role="alert" className="sync-settings__error">
            {t(error.message)}
          </p>
        )}
        <div className="settings-group__controls">
          <button type="button" className="button button--primary" onClick={connect}>
            {t('sync.settings.connect')}
          </button>
        </div>
        <p role="status" className="settings-group__hint">
          {notice}
        </p>
      </div>
    </section>
  );
}
