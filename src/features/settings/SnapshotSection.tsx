import '../../i18n/backupMessages';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { SNAPSHOT_KEEP_CHOICES, snapshotRepository, type SnapshotSettings } from '../../db/snapshotAccess';
import { dayOf } from '../../domain/dates';
import { formatDay } from '../../i18n/format';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { useLocale, useT } from '../../ui/useT';
import { SettingsGroup } from './SettingsLayout';
import { checkSnapshot, downloadSnapshot, type CheckedBackup } from './backupActions';
import { RestorePanel } from './RestorePanel';

/** Settings → Data → Daily snapshots: on/off, how many days, and each day restorable like a backup. */
export function SnapshotSection() {
  const t = useT();
  const locale = useLocale();
  const keepId = useId();
  const listId = useId();
  const settings = useLiveQuery(() => snapshotRepository.readSettings(), []);
  const days = useLiveQuery(() => snapshotRepository.listSnapshotDays(), []);
  const [checked, setChecked] = useState<{ day: string; result: CheckedBackup } | null>(null);
  const [busy, setBusy] = useState(false);
  const dayLabel = (day: string) => formatDay(day, locale, 'long');

  const save = (next: SnapshotSettings) =>
    void trackSave(snapshotRepository.saveSettings(next)).catch((error: unknown) =>
      showToast({ tone: 'error', message: describeError(error, t) }),
    );
  const forceNow = () => {
    setBusy(true);
    trackSave(snapshotRepository.takeDailySnapshot(dayOf(new Date()), true))
      .then(
        (day) => day && showToast({ tone: 'info', message: t('snapshots.taken', { day: dayLabel(day) }) }),
        (error: unknown) =>
          showToast({ tone: 'error', message: t('snapshots.failed', { message: describeError(error, t) }) }),
      )
      .finally(() => setBusy(false));
  };
  const restore = (day: string) => {
    setBusy(true);
    checkSnapshot(day)
      .then(
        (result) => setChecked({ day, result }),
        (error: unknown) => showToast({ tone: 'error', message: describeError(error, t) }),
      )
      .finally(() => setBusy(false));
  };
  const download = (day: string) =>
    void downloadSnapshot(day).then(
      (file) => showToast({ tone: 'info', message: t('backup.downloaded', { file }) }),
      (error: unknown) => showToast({ tone: 'error', message: describeError(error, t) }),
    );

  if (!settings) return null;
  return (
    <SettingsGroup
      legend={t('snapshots.heading')}
      hint={t('snapshots.hint')}
      className="snapshots"
      testId="snapshot-section"
    >
      <div className="settings-group__controls">
        <label>
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(event) => save({ ...settings, enabled: event.target.checked })}
          />{' '}
          {t('snapshots.enabled')}
        </label>
        <label htmlFor={keepId}>{t('snapshots.keep')}</label>
        <select
          id={keepId}
          value={settings.keep}
          onChange={(event) => save({ ...settings, keep: Number(event.target.value) })}
        >
          {SNAPSHOT_KEEP_CHOICES.map((n) => (
            <option key={n} value={n}>
              {t('snapshots.keepOption', { count: n })}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={busy} onClick={forceNow}>
          {t('snapshots.takeNow')}
        </button>
      </div>
      <h4 id={listId} className="snapshots__heading">
        {t('snapshots.listLabel')}
      </h4>
      {days && days.length === 0 && <p className="settings-group__hint">{t('snapshots.none')}</p>}
      <ul className="snapshots__list" aria-labelledby={listId}>
        {days?.map((day) => (
          <li key={day} className="snapshots__item" data-testid="snapshot" data-day={day}>
            <span>{dayLabel(day)}</span>
            <button type="button" className="button" disabled={busy} onClick={() => restore(day)}>
              {t('snapshots.restore', { day: dayLabel(day) })}
            </button>
            <button type="button" className="button" onClick={() => download(day)}>
              {t('snapshots.download', { day: dayLabel(day) })}
            </button>
          </li>
        ))}
      </ul>
      {checked && <RestorePanel checked={checked.result} onDone={() => setChecked(null)} />}
    </SettingsGroup>
  );
}
