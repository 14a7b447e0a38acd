import { useId, useState } from 'react';
import type { BackupProblem } from '../../db/backupAccess';
import type { Translate } from '../../i18n/translate';
import { setSettingsOpen } from '../../state/boardUi';
import { setCurrentProduct } from '../../state/preferences';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { useLocale, useT } from '../../ui/useT';
import { restoreBackup, type CheckedBackup } from './backupActions';
import { numberFormat } from '../../i18n/format';
import { formatDateTime } from '../../i18n/formatTime';

/** How many problems are listed; a wholly wrong file would otherwise list every row. */
const SHOWN_PROBLEMS = 20;

function describeProblem(problem: BackupProblem, t: Translate): string {
  return t(`backup.problem.${problem.code}`, problem.params);
}

interface RestorePanelProps {
  checked: CheckedBackup;
  onDone: () => void;
}

/** What a chosen backup holds (or why it cannot be restored), and the two ways to restore it. */
export function RestorePanel({ checked, onDone }: RestorePanelProps) {
  const t = useT();
  const locale = useLocale();
  const headingId = useId();
  const confirmId = useId();
  const replaceHintId = useId();
  const [typed, setTyped] = useState('');
  const [progress, setProgress] = useState<{ written: number; total: number } | null>(null);
  const number = numberFormat(locale);
  const word = t('backup.replace.word');

  if (!checked.ok) {
    const rest = checked.problems.length - SHOWN_PROBLEMS;
    return (
      <div className="backup__panel" role="alert" aria-labelledby={headingId} data-testid="backup-problems">
        <p id={headingId} className="backup__problems-heading">
          {t('backup.problems.heading')}
        </p>
        <ul className="backup__problems">
          {checked.problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
            <li key={index}>{describeProblem(problem, t)}</li>
          ))}
        </ul>
        {rest > 0 && <p>{t('backup.problems.more', { count: number.format(rest) })}</p>}
        <div className="settings-group__controls">
          <button type="button" className="button" onClick={onDone}>
            {t('backup.cancel')}
          </button>
        </div>
      </div>
    );
  }

  const { file, summary } = checked;
  const exportedAt = new Date(summary.exportedAt);
  const restore = (mode: 'add' | 'replace') => {
    setProgress({ written: 0, total: 1 });
    trackSave(restoreBackup(file, mode, (written, total) => setProgress({ written, total }))).then(
      (ids) => {
        setProgress(null);
        if (ids[0]) setCurrentProduct(ids[0]);
        showToast({ tone: 'info', message: t('backup.restored', { count: number.format(ids.length) }) });
        onDone();
        // Land on the restored board.
        setSettingsOpen(false);
      },
      (error: unknown) => {
        setProgress(null);
        showToast({ tone: 'error', message: t('backup.restoreFailed', { message: describeError(error, t) }) });
      },
    );
  };
  const busy = progress !== null;

  return (
    <section className="backup__panel" aria-labelledby={headingId} data-testid="backup-preview">
      <h4 id={headingId} className="backup__preview-heading">
        {t('backup.preview.heading')}
      </h4>
      <dl className="storage__facts">
        <dt>{t('backup.preview.exportedAt')}</dt>
        <dd>{Number.isNaN(exportedAt.getTime()) ? summary.exportedAt : formatDateTime(exportedAt, locale)}</dd>
        <dt>{t('backup.preview.products')}</dt>
        <dd data-testid="backup-preview-products">{summary.products.map((p) => p.name).join(', ')}</dd>
        <dt>{t('backup.preview.requirements')}</dt>
        <dd data-testid="backup-preview-requirements">{number.format(summary.requirements)}</dd>
        <dt>{t('backup.preview.initiatives')}</dt>
        <dd>{number.format(summary.initiatives)}</dd>
        <dt>{t('backup.preview.events')}</dt>
        <dd>{number.format(summary.events)}</dd>
      </dl>
      <p className="settings-group__hint">{t('backup.add.hint')}</p>
      <div className="settings-group__controls">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => restore('add')}>
          {t('backup.add')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onDone}>
          {t('backup.cancel')}
        </button>
      </div>
      <p id={replaceHintId} className="settings-group__hint">
        {t('backup.replace.hint', { word })}
      </p>
      <div className="settings-group__controls">
        <label htmlFor={confirmId}>{t('backup.replace.confirmLabel', { word })}</label>
        <input
          id={confirmId}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          disabled={busy}
          aria-describedby={replaceHintId}
          onChange={(event) => setTyped(event.target.value)}
        />
        <button
          type="button"
          className="button button--danger"
          disabled={busy || typed.trim() !== word}
          onClick={() => restore('replace')}
        >
          {t('backup.replace')}
        </button>
      </div>
      {progress && (
        <div className="settings-group__progress">
          <progress aria-label={t('backup.progressLabel')} value={progress.written} max={progress.total} />
          <span>
            {t('backup.progress', { written: number.format(progress.written), total: number.format(progress.total) })}
          </span>
        </div>
      )}
    </section>
  );
}
