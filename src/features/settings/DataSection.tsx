import '../../i18n/importMessages';
import { lazy, Suspense, useId, useState } from 'react';
import { SAMPLE_SIZES } from '../../domain/sample';
import { setSettingsOpen } from '../../state/boardUi';
import { setCurrentProduct } from '../../state/preferences';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { useLocale, useT } from '../../ui/useT';
import { SettingsGroup, SettingsSection } from './SettingsLayout';
import { createSampleProduct } from './sampleProduct';
import { BackupSection } from './BackupSection';
import { SnapshotSection } from './SnapshotSection';
import { StorageSection } from './StorageSection';
import { numberFormat } from '../../i18n/format';

// The importer (parsers, worker, dialog) loads only when the PM opens it.
const ImportDialog = lazy(() => import('../import').then((m) => ({ default: m.ImportDialog })));

interface Progress {
  written: number;
  total: number;
}

/** Settings → Data: fill a new product with sample requirements to try Cairn at scale. */
export function DataSection() {
  const t = useT();
  const locale = useLocale();
  const sizeId = useId();
  const [size, setSize] = useState<number>(SAMPLE_SIZES[1]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [importing, setImporting] = useState(false);
  const number = numberFormat(locale);

  const generate = () => {
    setProgress({ written: 0, total: size });
    trackSave(createSampleProduct(size, locale, (written, total) => setProgress({ written, total }))).then(
      (productId) => {
        setProgress(null);
        setCurrentProduct(productId);
        showToast({ tone: 'info', message: t('settings.sample.ready', { count: number.format(size) }) });
        // Close so the person lands on the new board.
        setSettingsOpen(false);
      },
      (error: unknown) => {
        setProgress(null);
        showToast({ tone: 'error', message: t('settings.sample.failed', { message: describeError(error, t) }) });
      },
    );
  };

  return (
    <SettingsSection heading={t('settings.data.heading')}>
      <SettingsGroup legend={t('settings.sample.heading')} hint={t('settings.sample.hint')}>
        <div className="settings-group__controls">
          <label htmlFor={sizeId}>{t('settings.sample.size')}</label>
          <select
            id={sizeId}
            value={String(size)}
            disabled={progress !== null}
            onChange={(event) => setSize(Number(event.target.value))}
          >
            {SAMPLE_SIZES.map((n) => (
              <option key={n} value={String(n)}>
                {t('settings.sample.sizeOption', { count: number.format(n) })}
              </option>
            ))}
          </select>
          <button type="button" className="button button--primary" disabled={progress !== null} onClick={generate}>
            {t('settings.sample.generate')}
          </button>
        </div>
        {progress && (
          <div className="settings-group__progress">
            <progress aria-label={t('settings.sample.progressLabel')} value={progress.written} max={progress.total} />
            <span>
              {t('settings.sample.progress', {
                written: number.format(progress.written),
                total: number.format(progress.total),
              })}
            </span>
          </div>
        )}
      </SettingsGroup>
      <SettingsGroup legend={t('import.heading')} hint={t('import.hint')}>
        <div className="settings-group__controls">
          <button type="button" className="button" onClick={() => setImporting(true)}>
            {t('import.open')}
          </button>
        </div>
      </SettingsGroup>
      {importing && (
        <Suspense fallback={null}>
          <ImportDialog
            onClose={() => setImporting(false)}
            onImported={() => {
              setImporting(false);
              setSettingsOpen(false);
            }}
          />
        </Suspense>
      )}
      <StorageSection />
      <BackupSection />
      <SnapshotSection />
    </SettingsSection>
  );
}
