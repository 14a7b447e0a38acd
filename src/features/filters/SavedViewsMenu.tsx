import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { savedViews } from '../../db/tableAccess';
import { decodeFilters, encodeFilters } from '../../domain/filters/url';
import type { SavedView } from '../../domain/views/types';
import { setFilters, useBoardUi } from '../../state/boardUi';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { useT } from '../../ui/useT';
import { deleteViewRecorded, saveViewRecorded } from './viewHistory';
import './filters.css';

/** The product's saved views: apply one, delete one, or save the current filters under a name. */
export function SavedViewsMenu({ productId, onClose }: { productId: string; onClose: () => void }) {
  const t = useT();
  const views = useLiveQuery(() => savedViews.listViews(productId), [productId]);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const nameId = useId();
  const headingId = useId();

  const apply = (view: SavedView) => {
    setFilters(decodeFilters(view.query));
    showToast({ tone: 'info', message: t('views.applied', { name: view.name }) });
    onClose();
  };

  const remove = (view: SavedView) => {
    trackSave(deleteViewRecorded(view)).then(
      () => showToast({ tone: 'info', message: t('views.deleted', { name: view.name }) }),
      (error: unknown) => showToast({ tone: 'error', message: describeError(error, t) }),
    );
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return;
    const query = encodeFilters(useBoardUi.getState().filters);
    trackSave(
      saveViewRecorded(
        productId,
        trimmed,
        query,
        views?.find((v) => v.name === trimmed),
      ),
    ).then(
      () => {
        showToast({ tone: 'info', message: t('views.saved', { name: trimmed }) });
        setNaming(false);
        setName('');
      },
      (error: unknown) =>
        showToast({ tone: 'error', message: t('views.failed', { message: describeError(error, t) }) }),
    );
  };

  return (
    <section
      className="views"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <h2 id={headingId} className="views__heading">
        {t('views.label')}
      </h2>
      {views && views.length === 0 && <p className="filters__empty">{t('views.empty')}</p>}
      {views && views.length > 0 && (
        <ul className="views__list">
          {views.map((view) => (
            <li key={view.id} className="views__item">
              <button
                type="button"
                className="button button--link"
                aria-label={t('views.apply', { name: view.name })}
                onClick={() => apply(view)}
              >
                {view.name}
              </button>
              <button
                type="button"
                className="button button--icon"
                aria-label={t('views.delete', { name: view.name })}
                onClick={() => remove(view)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {naming ? (
        <form className="views__form" onSubmit={save}>
          <label htmlFor={nameId}>{t('views.name')}</label>
          <input id={nameId} value={name} maxLength={200} autoFocus onChange={(event) => setName(event.target.value)} />
          <button type="submit" className="button button--primary" disabled={name.trim() === ''}>
            {t('views.saveConfirm')}
          </button>
          <button type="button" className="button" onClick={() => setNaming(false)}>
            {t('views.cancel')}
          </button>
        </form>
      ) : (
        <div className="views__actions">
          <button type="button" className="button" onClick={() => setNaming(true)}>
            {t('views.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('views.close')}
          </button>
        </div>
      )}
    </section>
  );
}
