import { useLiveQuery } from 'dexie-react-hooks';
import { MemberOptions } from '../../ui/MemberOptions';
import { useId } from 'react';
import { repositories } from '../../db';
import {
  PRIORITIES,
  REQUIREMENT_TYPES,
  type Priority,
  type Requirement,
  type RequirementType,
} from '../../domain/types';
import { openRequirement, useBoardUi } from '../../state/boardUi';
import { trackSave } from '../../state/saveStatus';
import { useEditLock } from '../../state/viewOnly';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { SidePanel } from '../../ui/SidePanel';
import { useLocale, useT } from '../../ui/useT';
import { ChecklistEditor } from './ChecklistEditor';
import { ContributorsField } from './ContributorsField';
import { InitiativeField } from './InitiativeField';
import { ScoresSection } from './ScoresSection';
import { DuplicateAndExport } from './DuplicateAndExport';
import { HistoryTimeline } from './HistoryTimeline';
import { DescriptionField } from './DescriptionField';
import { ImportedFacts } from './ImportedFacts';
import { LinksEditor } from './LinksEditor';
import { NotesEditor } from './NotesEditor';
import { SourceAndEstimate } from './SourceAndEstimate';
import { SuccessMetricField } from './SuccessMetricField';
import { ReviewSection } from '../review';
import { FeedbackSection } from './FeedbackSection';
import { GateSection } from './GateSection';
import { IterationField } from './IterationField';
import { StageField } from './StageField';
import { TagsField } from './TagsField';
import { useRequirementDraft } from './useRequirementDraft';
import './detail.css';
import { recordChange, undo } from '../../state/history';
import { stateEntry } from './requirementHistory';
import { formatDateTime } from '../../i18n/formatTime';

/** The card on the board, if it is shown there: closing the panel gives it focus back. */
function cardOf(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `[data-testid="requirement-card"][data-requirement-id="${CSS.escape(id)}"]`,
  );
}

/**
 * The requirement panel beside the board (or the table, or any view that opens
 * a requirement): opened by clicking a card, Enter or E on it, the palette or a
 * chart. Opening another requirement replaces what it shows.
 */
export function RequirementDetail() {
  const t = useT();
  const id = useBoardUi((s) => s.selectedRequirementId);
  if (id === null) return null;
  return (
    <SidePanel
      title={t('detail.label')}
      closeLabel={t('detail.close')}
      contentKey={id}
      onClose={() => openRequirement(null)}
      returnFocusTo={() => cardOf(id)}
      className="detail"
    >
      <DetailForm key={id} id={id} />
    </SidePanel>
  );
}

function DetailForm({ id }: { id: string }) {
  const t = useT();
  const locale = useLocale();
  const formId = useId();
  const row = useLiveQuery(() => repositories.requirements.getRequirement(id), [id], null);
  const productId = row?.productId ?? '';
  // With removed members, so a requirement still names whom it points at ("(removed)"); pickers offer the others.
  const people = useLiveQuery(() => repositories.products.listMembersWithRemoved(productId), [productId]);
  const members = people ?? [];
  const stages = useLiveQuery(() => repositories.stages.listStages(productId), [productId]) ?? [];
  const { draft, change, flush } = useRequirementDraft(row ?? undefined);
  const canEdit = !useEditLock(productId);

  if (row === null) return <p>{t('app.loading')}</p>;
  if (!row || !draft || draft.state === 'deleted') return <p>{t('detail.missing')}</p>;

  const stage = stages.find((s) => s.id === draft.stageId);
  const field = (name: string) => `${formId}-${name}`;

  const setState = (action: 'archive' | 'delete', current: Requirement) => {
    flush();
    const write =
      action === 'archive'
        ? repositories.requirements.archiveRequirement(current.id)
        : repositories.requirements.deleteRequirement(current.id);
    openRequirement(null);
    trackSave(write).then(
      (written) => {
        const entry = stateEntry(current, written);
        recordChange(entry);
        showToast({
          tone: 'info',
          message: t(action === 'archive' ? 'detail.archived' : 'detail.deleted', { title: current.title }),
          action: {
            label: t('detail.undo'),
            run: () =>
              void undo(entry).catch((error: unknown) =>
                showToast({ tone: 'error', message: describeError(error, t) }),
              ),
          },
        });
      },
      (error: unknown) => showToast({ tone: 'error', message: describeError(error, t) }),
    );
  };

  // One disabled fieldset turns every field, picker and button of the panel off for a viewer.
  return (
    <>
      <fieldset className="detail__form" disabled={!canEdit} aria-describedby={canEdit ? undefined : field('viewOnly')}>
        {!canEdit && (
          <p id={field('viewOnly')} className="detail__view-only">
            {t('detail.viewOnly')}
          </p>
        )}
        <div className="field">
          <label htmlFor={field('title')}>{t('detail.title')}</label>
          <input
            id={field('title')}
            className="detail__title-input"
            type="text"
            value={draft.title}
            maxLength={500}
            onChange={(event) => {
              // An empty title is kept on screen but not written: the last saved title stays.
              if (event.target.value.trim()) change({ title: event.target.value });
              else change({});
            }}
          />
        </div>

        <div className="detail__grid">
          <div className="field">
            <label htmlFor={field('type')}>{t('detail.type')}</label>
            <select
              id={field('type')}
              value={draft.type}
              onChange={(e) => change({ type: e.target.value as RequirementType }, true)}
            >
              {REQUIREMENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`type.${type}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={field('priority')}>{t('detail.priority')}</label>
            <select
              id={field('priority')}
              value={draft.priority}
              onChange={(e) => change({ priority: e.target.value as Priority }, true)}
            >
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={field('owner')}>{t('detail.owner')}</label>
            <select
              id={field('owner')}
              value={draft.ownerId ?? ''}
              onChange={(e) => change({ ownerId: e.target.value || null }, true)}
            >
              <option value="">{t('detail.noOwner')}</option>
              <MemberOptions members={members} current={draft.ownerId} />
            </select>
          </div>
          <div className="field">
            <label htmlFor={field('due')}>{t('detail.due')}</label>
            <input
              id={field('due')}
              type="date"
              value={draft.dueDate ?? ''}
              onChange={(e) => change({ dueDate: e.target.value || null }, true)}
            />
          </div>
          <StageField requirement={row} stages={stages} flush={flush} />
          <InitiativeField requirement={draft} />
          <IterationField requirement={draft} />
        </div>
        <GateSection requirement={draft} stages={stages} onTicks={(gateTicks) => change({ gateTicks }, true)} />
        <SourceAndEstimate source={draft.source} estimate={draft.estimate} change={change} />
        <ContributorsField
          contributors={draft.contributors}
          members={members}
          onChange={(c) => change({ contributors: c }, true)}
        />

        <DescriptionField
          productId={productId}
          description={draft.description}
          onChange={(description, now) => change({ description }, now)}
        />

        <TagsField productId={productId} tags={draft.tags} onChange={(tags) => change({ tags }, true)} />

        <ChecklistEditor
          items={draft.acceptanceCriteria}
          newId={() => crypto.randomUUID()}
          onChange={(acceptanceCriteria) => change({ acceptanceCriteria }, true)}
        />

        <ScoresSection scores={draft.scores} onChange={(scores, now) => change({ scores }, now)} />
        <SuccessMetricField metric={draft.successMetric} change={change} />
        <ReviewSection requirement={draft} change={change} />
        <LinksEditor links={draft.links} onChange={(links) => change({ links }, true)} />
        <NotesEditor notes={draft.notes} members={members} onChange={(notes) => change({ notes }, true)} />
        <ImportedFacts requirement={draft} />
        <HistoryTimeline requirementId={draft.id} stages={stages} members={members} />
        <DuplicateAndExport requirement={draft} stage={stage} members={members} flush={flush} />

        <FeedbackSection
          requirement={draft}
          onUseReach={(reach) => change({ scores: { ...draft.scores, rice: { ...draft.scores.rice, reach } } }, true)}
        />
      </fieldset>
      <div className="detail__footer">
        <small className="field__hint">{t('detail.created', { date: formatDateTime(draft.createdAt, locale) })}</small>
        <span className="detail__actions">
          <button type="button" className="button" disabled={!canEdit} onClick={() => setState('archive', draft)}>
            {t('detail.archive')}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={!canEdit}
            onClick={() => setState('delete', draft)}
          >
            {t('detail.delete')}
          </button>
        </span>
      </div>
    </>
  );
}
