import { useId, useReducer, type FormEvent } from 'react';
import { roadmapRepository } from '../../db/roadmapAccess';
import { dayOf } from '../../domain/dates';
import { HORIZONS, INITIATIVE_STATUSES, type Horizon, type InitiativeStatus } from '../../domain/roadmap/types';
import { openInitiativeEditor, type EditorTarget } from '../../state/roadmapUi';
import { undo } from '../../state/history';
import { trackSave } from '../../state/saveStatus';
import { deleteInitiativeRecorded, recordInitiativeChange, recordInitiativeCreated } from './roadmapHistory';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { Dialog } from '../../ui/Dialog';
import { useT } from '../../ui/useT';
import { changedFields } from './editorPatch';
import {
  draftFields,
  editorReducer,
  initialEditorState,
  type EditorAction,
  type EditorDraft,
} from './initiativeEditorState';
import { LinkedRequirements } from './LinkedRequirements';
import type { RoadmapData } from './useRoadmapData';
import { MemberOptions } from '../../ui/MemberOptions';

interface EditorProps {
  productId: string;
  target: EditorTarget;
  data: RoadmapData;
}

/** Create or edit one initiative: what, where, when, who, and the requirements that deliver it. */
export function InitiativeEditor({ productId, target, data }: EditorProps) {
  const t = useT();
  const existing = target.mode === 'edit' ? data.byId.get(target.id) : undefined;
  const close = () => openInitiativeEditor(null);
  if (target.mode === 'edit' && !existing) {
    return (
      <Dialog open title={t('roadmap.editor.editTitle')} onClose={close}>
        <p>{t('roadmap.editor.missing')}</p>
      </Dialog>
    );
  }
  return (
    <Dialog
      open
      title={t(existing ? 'roadmap.editor.editTitle' : 'roadmap.editor.newTitle')}
      onClose={close}
      className="initiative-editor"
    >
      <EditorForm productId={productId} target={target} data={data} />
    </Dialog>
  );
}

function EditorForm({ productId, target, data }: EditorProps) {
  const t = useT();
  const formId = useId();
  const field = (name: string) => `${formId}-${name}`;
  const existing = target.mode === 'edit' ? data.byId.get(target.id) : undefined;
  const [state, dispatch] = useReducer(
    editorReducer,
    { target, existing, firstLaneId: data.lanes[0]?.id, today: dayOf(new Date()) },
    initialEditorState,
  );
  const { draft, opened, error, saving } = state;
  const { title, description, laneId, dated, start, end, milestone, horizon, status, ownerId, ownColor, newLinks } =
    draft;
  // TypeScript cannot tie a generic field to its value inside the union; the signature keeps callers exact.
  const set = <K extends keyof EditorDraft>(field: K, value: EditorDraft[K]) =>
    dispatch({ type: 'set', field, value } as EditorAction);
  const laneColor = data.laneById.get(laneId)?.color ?? '#2563eb';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = draftFields(draft);
    if ('error' in checked) return dispatch({ type: 'failed', error: checked.error });
    const { fields } = checked;
    dispatch({ type: 'saving' });
    const write = existing
      ? roadmapRepository
          .updateInitiative(existing.id, opened ? changedFields(opened, fields) : fields)
          .then((saved) => {
            if (saved) recordInitiativeChange(existing, saved, 'edit');
          })
      : roadmapRepository
          .createInitiative(productId, { ...fields, requirementIds: newLinks })
          .then(recordInitiativeCreated);
    trackSave(write).then(
      () => openInitiativeEditor(null),
      (e: unknown) => dispatch({ type: 'failed', error: { code: 'write', message: describeError(e, t) } }),
    );
  };

  const remove = () => {
    if (!existing) return;
    openInitiativeEditor(null);
    trackSave(deleteInitiativeRecorded(existing)).then(
      (entry) =>
        showToast({
          tone: 'info',
          message: t('roadmap.editor.deleted', { title: existing.title }),
          action: {
            label: t('roadmap.editor.undo'),
            run: () =>
              void trackSave(undo(entry)).catch((e: unknown) =>
                showToast({ tone: 'error', message: describeError(e, t) }),
              ),
          },
        }),
      (e: unknown) => showToast({ tone: 'error', message: describeError(e, t) }),
    );
  };

  return (
    <form className="initiative-editor__form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={field('title')}>{t('roadmap.editor.title')}</label>
        <input
          id={field('title')}
          type="text"
          value={title}
          maxLength={300}
          required
          onChange={(e) => set('title', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={field('description')}>{t('roadmap.editor.description')}</label>
        <textarea
          id={field('description')}
          rows={3}
          value={description}
          onChange={(e) => set('description', e.target.value)}
        />
      </div>

      <div className="initiative-editor__grid">
        <div className="field">
          <label htmlFor={field('lane')}>{t('roadmap.editor.lane')}</label>
          <select id={field('lane')} value={laneId} onChange={(e) => set('laneId', e.target.value)}>
            {data.lanes.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('status')}>{t('roadmap.editor.status')}</label>
          <select
            id={field('status')}
            value={status}
            onChange={(e) => set('status', e.target.value as InitiativeStatus)}
          >
            {INITIATIVE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`roadmap.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('owner')}>{t('roadmap.editor.owner')}</label>
          <select id={field('owner')} value={ownerId ?? ''} onChange={(e) => set('ownerId', e.target.value || null)}>
            <option value="">{t('roadmap.editor.noOwner')}</option>
            <MemberOptions members={data.members} current={ownerId} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('color')}>{t('roadmap.editor.color')}</label>
          <span className="initiative-editor__color">
            <input
              id={field('color')}
              type="color"
              value={ownColor ?? laneColor}
              onChange={(e) => set('ownColor', e.target.value)}
            />
            <label>
              <input
                type="checkbox"
                checked={ownColor === null}
                onChange={(e) => set('ownColor', e.target.checked ? null : laneColor)}
              />
              {t('roadmap.editor.laneColor')}
            </label>
          </span>
        </div>
      </div>

      <fieldset className="initiative-editor__when">
        <legend>{t('roadmap.editor.when')}</legend>
        <div className="segmented">
          <label className="radio">
            <input type="radio" name={field('when')} checked={dated} onChange={() => set('dated', true)} />
            {t('roadmap.editor.dated')}
          </label>
          <label className="radio">
            <input type="radio" name={field('when')} checked={!dated} onChange={() => set('dated', false)} />
            {t('roadmap.editor.horizonOnly')}
          </label>
        </div>
        {dated ? (
          <div className="initiative-editor__grid">
            <div className="field">
              <label htmlFor={field('start')}>{milestone ? t('roadmap.editor.date') : t('roadmap.editor.start')}</label>
              <input id={field('start')} type="date" value={start} onChange={(e) => set('start', e.target.value)} />
            </div>
            {!milestone && (
              <div className="field">
                <label htmlFor={field('end')}>{t('roadmap.editor.end')}</label>
                <input
                  id={field('end')}
                  type="date"
                  value={end}
                  min={start}
                  onChange={(e) => set('end', e.target.value)}
                />
              </div>
            )}
            <label className="radio initiative-editor__milestone">
              <input type="checkbox" checked={milestone} onChange={(e) => set('milestone', e.target.checked)} />
              {t('roadmap.editor.milestone')}
            </label>
          </div>
        ) : (
          <div className="field">
            <label htmlFor={field('horizon')}>{t('roadmap.editor.horizon')}</label>
            <select id={field('horizon')} value={horizon} onChange={(e) => set('horizon', e.target.value as Horizon)}>
              {HORIZONS.map((h) => (
                <option key={h} value={h}>
                  {t(`roadmap.horizon.${h}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>

      <LinkedRequirements
        productId={productId}
        initiativeId={existing?.id ?? null}
        data={data}
        pendingIds={newLinks}
        onPendingChange={(ids) => set('newLinks', ids)}
      />

      {error && (
        <p role="alert" className="initiative-editor__error">
          {error.code === 'write'
            ? error.message
            : error.code === 'titleRequired'
              ? t('roadmap.editor.titleRequired')
              : t(`roadmap.editor.problem.${error.problem}`)}
        </p>
      )}
      <div className="dialog__actions">
        {existing && (
          <button type="button" className="button button--danger" onClick={remove}>
            {t('roadmap.editor.delete')}
          </button>
        )}
        <span className="app__spacer" />
        <button type="button" className="button" onClick={() => openInitiativeEditor(null)}>
          {t('roadmap.editor.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={saving}>
          {t(existing ? 'roadmap.editor.save' : 'roadmap.editor.create')}
        </button>
      </div>
    </form>
  );
}
