import '../../i18n/workspaceMessages';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { repositories } from '../../db';
import { workspaceRepository } from '../../db/workspaceAccess';
import { isPurgeable, purgeCutoff } from '../../domain/requirements/trash';
import type { Requirement } from '../../domain/types';
import { recordChange } from '../../state/history';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { useLocale, useT } from '../../ui/useT';
import { stateEntry } from './requirementHistory';
import './trash.css';
import { formatDateTime } from '../../i18n/formatTime';

/** The product's trashed and archived requirements, each one click from the board again. */
export function TrashView({ productId }: { productId: string }) {
  const t = useT();
  const trash = useLiveQuery(() => workspaceRepository.listTrash(productId), [productId]);
  const archived = useLiveQuery(() => workspaceRepository.listArchived(productId), [productId]);
  return (
    <div className="trash" role="region" aria-label={t('workspace.trash.title')}>
      <RequirementList
        heading={t('workspace.trash.trashHeading')}
        rows={trash}
        empty={t('workspace.trash.emptyTrash')}
        when="workspace.trash.deletedOn"
      >
        <p className="field__hint">{t('workspace.trash.hint')}</p>
        {trash && trash.length > 0 && <PurgeButton productId={productId} trash={trash} />}
      </RequirementList>
      <RequirementList
        heading={t('workspace.trash.archiveHeading')}
        rows={archived}
        empty={t('workspace.trash.emptyArchive')}
        when="workspace.trash.archivedOn"
      />
    </div>
  );
}

interface ListProps {
  heading: string;
  rows: Requirement[] | undefined;
  empty: string;
  when: 'workspace.trash.deletedOn' | 'workspace.trash.archivedOn';
  children?: ReactNode;
}

function RequirementList({ heading, rows, empty, when, children }: ListProps) {
  const t = useT();
  const locale = useLocale();
  const headingId = useId();
  const restore = (row: Requirement) => {
    trackSave(repositories.requirements.restoreRequirement(row.id, { ifVersion: row.version })).then(
      (restored) => {
        recordChange(stateEntry(row, restored));
        showToast({ tone: 'info', message: t('workspace.trash.restored', { title: row.title }) });
      },
      (error: unknown) => showToast({ tone: 'error', message: describeError(error, t) }),
    );
  };
  return (
    <section className="trash__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {children}
      {rows === undefined ? (
        <p>{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="field__hint">{empty}</p>
      ) : (
        <ul className="trash__list">
          {rows.map((row) => (
            <li key={row.id} className="trash__item">
              <span className="trash__title">{row.title}</span>
              <small className="field__hint">{t(when, { date: formatDateTime(row.updatedAt, locale) })}</small>
              <button
                type="button"
                className="button"
                aria-label={t('workspace.trash.restore', { title: row.title })}
                onClick={() => restore(row)}
              >
                {t('workspace.trash.restoreShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Emptying asks first, and says how many go: only requirements in the trash for more than 30 days. */
function PurgeButton({ productId, trash }: { productId: string; trash: Requirement[] }) {
  const t = useT();
  const [asking, setAsking] = useState<number | null>(null);
  // The button that asked is replaced by the question: focus moves to its safe answer.
  const safeAnswer = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking !== null) safeAnswer.current?.focus();
  }, [asking]);
  const ask = () => setAsking(trash.filter((row) => isPurgeable(row, purgeCutoff(new Date().toISOString()))).length);
  const purge = () => {
    setAsking(null);
    trackSave(workspaceRepository.purgeTrash(productId)).then(
      (count) => showToast({ tone: 'info', message: t('workspace.trash.purged', { count }) }),
      (error: unknown) => showToast({ tone: 'error', message: describeError(error, t) }),
    );
  };
  if (asking === null) {
    return (
      <button type="button" className="button button--danger" onClick={ask}>
        {t('workspace.trash.purge')}
      </button>
    );
  }
  if (asking === 0) {
    return (
      <p role="status" className="trash__confirm">
        {t('workspace.trash.purgeNone')}{' '}
        <button ref={safeAnswer} type="button" className="button" onClick={() => setAsking(null)}>
          {t('workspace.trash.ok')}
        </button>
      </p>
    );
  }
  return (
    <div role="alertdialog" aria-label={t('workspace.trash.purge')} className="trash__confirm">
      <p>{t('workspace.trash.purgeConfirm', { count: asking })}</p>
      <button type="button" className="button button--danger" onClick={purge}>
        {t('workspace.trash.purgeYes')}
      </button>
      <button ref={safeAnswer} type="button" className="button" onClick={() => setAsking(null)}>
        {t('workspace.trash.purgeNo')}
      </button>
    </div>
  );
}
