import { useCallback, useEffect, useId, useState } from 'react';
import { readStorageStatus, requestPersistentStorage, type StorageStatus } from '../../db/storage';
import { useLocale, useT } from '../../ui/useT';
import { SettingsGroup } from './SettingsLayout';
import { formatBytes } from './formatBytes';

/** Whether a service worker serves this page, i.e. Cairn would open with no network. */
function worksOffline(): boolean {
  return typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller);
}

/** Settings → Data → Storage: is the data protected from clean-up, how much room is left, does it work offline. */
export function StorageSection() {
  const t = useT();
  const locale = useLocale();
  const warningId = useId();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [asking, setAsking] = useState(false);

  const refresh = useCallback(() => readStorageStatus().then(setStatus), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const keepData = () => {
    setAsking(true);
    void requestPersistentStorage()
      .then(refresh)
      .finally(() => setAsking(false));
  };

  const bytes = (value: number | null) => (value === null ? t('storage.unknown') : formatBytes(value, locale));
  const available = status && status.quota !== null && status.usage !== null ? status.quota - status.usage : null;
  const refused = status?.persisted === false;
  const persisted =
    status?.persisted === true
      ? t('storage.persisted.granted')
      : refused
        ? t('storage.persisted.refused')
        : t('storage.persisted.unknown');

  return (
    <SettingsGroup legend={t('storage.heading')} hint={t('storage.hint')} className="storage" testId="storage-section">
      {status && (
        <dl className="storage__facts">
          <dt>{t('storage.persisted.label')}</dt>
          {/* Live: after "Keep my data" the browser's answer is read out. */}
          <dd aria-live="polite" data-testid="storage-persisted" data-persisted={String(status.persisted)}>
            {persisted}
          </dd>
          <dt>{t('storage.usage.label')}</dt>
          <dd data-testid="storage-usage">{bytes(status.usage)}</dd>
          <dt>{t('storage.available.label')}</dt>
          <dd data-testid="storage-available">{bytes(available)}</dd>
          <dt>{t('storage.offline.label')}</dt>
          <dd>{worksOffline() ? t('storage.offline.ready') : t('storage.offline.notYet')}</dd>
        </dl>
      )}
      {refused && (
        <>
          <p id={warningId} role="note" className="storage__warning">
            {t('storage.persist.warning')}
          </p>
          <div className="settings-group__controls">
            <button type="button" className="button" disabled={asking} aria-describedby={warningId} onClick={keepData}>
              {t('storage.persist.button')}
            </button>
          </div>
        </>
      )}
    </SettingsGroup>
  );
}
