import { useId, useState, type FormEvent } from 'react';
import { roadmapRepository } from '../../db/roadmapAccess';
import { addDays, dayOf } from '../../domain/dates';
import { normaliseSchedule, scheduleProblem } from '../../domain/roadmap/schedule';
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
import { LinkedRequirements } from './LinkedRequirements';
import type { RoadmapData } from './useRoadmapData';

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
    <Dialog open title={t(existing ? 'roadmap.editor.editTitle' : 'roadmap.editor.newTitle')} onClose={close} className="initiative-editor">
      <EditorForm productId={productId} target={target} data={data} />
    </Dialog>
  );
}

function EditorForm({ productId, target, data }: EditorProps) {
  const t = useT();
  const formId = useId();
  const field = (name: string) => `${formId}-${name}`;
  const existing = target.mode === 'edit' ? data.byId.get(target.id) : undefined;
  const today = dayOf(new Date());
  const prefill = target.mode === 'new' ? target : undefined;

  const [title, setTitle] = useState(existing?.title ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [laneId, setLaneId] = useState(existing?.laneId ?? prefill?.laneId ?? data.lanes[0]?.id ?? '');
  const [dated, setDated] = useState(existing ? existing.start !== null : prefill?.horizon === undefined);
  const [start, setStart] = useState(existing?.start ?? prefill?.start ?? today);
  const [end, setEnd] = useState(existing?.end ?? prefill?.end ?? addDays(today, 30));
  const [milestone, setMilestone] = useState(existing?.milestone ?? false);
  const [horizon, setHorizon] = useState<Horizon>(existing?.horizon ?? prefill?.horizon ?? 'next');
  const [status, setStatus] = useState<InitiativeStatus>(existing?.status ?? 'planned');
  const [ownerId, setOwnerId] = useState<string | null>(existing?.ownerId ?? null);
  const [ownColor, setOwnColor] = useState<string | null>(existing?.color ?? null);
  // The row as it was when the editor opened: only what the PM changed here is written, so an edit made meanwhile in another tab survives.
  const [opened] = useState(existing);
  const [newLinks, setNewLinks] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const laneColor = data.laneById.get(laneId)?.color ?? '#2563eb';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('roadmap.editor.titleRequired'));
      return;
    }
    const schedule = normaliseSchedule({
      start: dated ? start || null : null,
      end: dated ? (milestone ? start || null : end || null) : null,
      horizon: dated ? null : horizon,
      milestone: dated && milestone,
    });
    const problem = scheduleProblem(schedule);
    if (problem) {
      setError(t(`roadmap.editor.problem.${problem}`));
      return;
    }
    const fields = { title: title.trim(), description, laneId, ...schedule, status, ownerId, color: ownColor };
    setSaving(true);
    const write = existing
      ? roadmapRepository.updateInitiative(existing.id, opened ? changedFields(opened, fields) : fields).then((saved) => {
          if (saved) recordInitiativeChange(existing, saved, 'edit');
        })
      : roadmapRepository.createInitiative(productId, { ...fields, requirementIds: newLinks }).then(recordInitiativeCreated);
    trackSave(write).then(
      () => openInitiativeEditor(null),
      (e: unknown) => {
        setSaving(false);
        setError(describeError(e, t));
      },
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
          action: { label: t('roadmap.editor.undo'), run: () => void trackSave(undo(entry)).catch((e: unknown) => showToast({ tone: 'error', message: describeError(e, t) })) },
        }),
      (e: unknown) => showToast({ tone: 'error', message: describeError(e, t) }),
    );
  };

  return (
    <form className="initiative-editor__form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={field('title')}>{t('roadmap.editor.title')}</label>
        <input id={field('title')} type="text" value={title} maxLength={300} required onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={field('description')}>{t('roadmap.editor.description')}</label>
        <textarea id={field('description')} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </div>

      <div className="initiative-editor__grid">
        <div className="field">
          <label htmlFor={field('lane')}>{t('roadmap.editor.lane')}</label>
          <select id={field('lane')} value={laneId} onChange={(e) => setLaneId(e.target.value)}>
            {data.lanes.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('status')}>{t('roadmap.editor.status')}</label>
          <select id={field('status')} value={status} onChange={(e) => setStatus(e.target.value as InitiativeStatus)}>
            {INITIATIVE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`roadmap.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('owner')}>{t('roadmap.editor.owner')}</label>
          <select id={field('owner')} value={ownerId ?? ''} onChange={(e) => setOwnerId(e.target.value || null)}>
            <option value="">{t('roadmap.editor.noOwner')}</option>
            {data.members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('color')}>{t('roadmap.editor.color')}</label>
          <span className="initiative-editor__color">
            <input id={field('color')} type="color" value={ownColor ?? laneColor} onChange={(e) => setOwnColor(e.target.value)} />
            <label>
              <input type="checkbox" checked={ownColor === null} onChange={(e) => setOwnColor(e.target.checked ? null : laneColor)} />
              {t('roadmap.editor.laneColor')}
            </label>
          </span>
        </div>
      </div>

      <fieldset className="initiative-editor__when">
        <legend>{t('roadmap.editor.when')}</legend>
        <div className="segmented">
          <label className="radio">
            <input type="radio" name={field('when')} checked={dated} onChange={() => setDated(true)} />
            {t('roadmap.editor.dated')}
          </label>
          <label className="radio">
            <input type="radio" name={field('when')} checked={!dated} onChange={() => setDated(false)} />
            {t('roadmap.editor.horizonOnly')}
          </label>
        </div>
        {dated ? (
          <div className="initiative-editor__grid">
            <div className="field">
              <label htmlFor={field('start')}>{milestone ? t('roadmap.editor.date') : t('roadmap.editor.start')}</label>
              <input id={field('start')} type="date" value={start} onChange={(e) => setStart(e.target.value)} />
            </div>
            {!milestone && (
              <div className="field">
                <label htmlFor={field('end')}>{t('roadmap.editor.end')}</label>
                <input id={field('end')} type="date" value={end} min={start} onChange={(e) => setEnd(e.target.value)} />
              </div>
            )}
            <label className="radio initiative-editor__milestone">
              <input type="checkbox" checked={milestone} onChange={(e) => setMilestone(e.target.checked)} />
              {t('roadmap.editor.milestone')}
            </label>
          </div>
        ) : (
          <div className="field">
            <label htmlFor={field('horizon')}>{t('roadmap.editor.horizon')}</label>
            <select id={field('horizon')} value={horizon} onChange={(e) => setHorizon(e.target.value as Horizon)}>
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
        onPendingChange={setNewLinks}
      />

      {error && (
        <p role="alert" className="initiative-editor__error">
          {error}
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
