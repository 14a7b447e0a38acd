import '../../i18n/backupMessages';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { useT } from '../../ui/useT';
import { SettingsGroup } from './SettingsLayout';
import { checkBackupFile, downloadBackup, type CheckedBackup } from './backupActions';
import { RestorePanel } from './RestorePanel';

/** Settings → Data → Backup: the whole database as one file, and back. */
export function BackupSection() {
  const t = useT();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [downloading, setDownloading] = useState(false);
  const [reading, setReading] = useState(false);
  const [checked, setChecked] = useState<CheckedBackup | null>(null);

  const download = () => {
    setDownloading(true);
    downloadBackup()
      .then(
        (file) => showToast({ tone: 'info', message: t('backup.downloaded', { file }) }),
        (error: unknown) =>
          showToast({ tone: 'error', message: t('backup.downloadFailed', { message: describeError(error, t) }) }),
      )
      .finally(() => setDownloading(false));
  };

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setChecked(null);
    setReading(true);
    checkBackupFile(file)
      .then(setChecked, (error: unknown) =>
        showToast({ tone: 'error', message: t('backup.restoreFailed', { message: describeError(error, t) }) }),
      )
      .finally(() => setReading(false));
  };

  const close = () => {
    setChecked(null);
    // The same file can be chosen again, and keyboard focus does not fall back to the page.
    if (fileInput.current) {
      fileInput.current.value = '';
      fileInput.current.focus();
    }
  };

  return (
    <SettingsGroup legend={t('backup.heading')} hint={t('backup.hint')} className="backup" testId="backup-section">
      <div className="settings-group__controls">
        <button type="button" className="button button--primary" disabled={downloading} onClick={download}>
          {t('backup.download')}
        </button>
        {/* The file input stays the control (keyboard, screen readers, tests); its label is what shows, as a button. */}
        <input
          ref={fileInput}
          id={fileId}
          className="visually-hidden backup__file"
          type="file"
          accept="application/json,.json"
          disabled={reading}
          onChange={onFileChosen}
        />
        <label htmlFor={fileId} className="button backup__restore">
          {t('backup.restore.label')}
        </label>
      </div>
      {reading && <p role="status">{t('backup.restore.reading')}</p>}
      {checked && <RestorePanel checked={checked} onDone={close} />}
    </SettingsGroup>
  );
}
