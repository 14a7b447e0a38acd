import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { iterationRepository } from '../../db/iterationsAccess';
import { readyBacklog } from '../../domain/iterations/backlog';
import type { Iteration } from '../../domain/iterations/types';
import type { CardScore } from '../../domain/scoring/types';
import type { Requirement, Stage } from '../../domain/types';
import { recordChange } from '../../state/history';
import { MOUSE_ACTIVATION, TOUCH_ACTIVATION } from '../../ui/dragActivation';
import { stageDisplayName } from '../../ui/stageName';
import { useLocale, useT } from '../../ui/useT';
import { CapacitySummary } from './CapacitySummary';
import { formatPoints } from './format';
import { BACKLOG_ID, ITERATION_ID, planningCoordinates } from './planningKeyboard';
import type { IterationsData } from './useIterationsData';
import { planEntry } from './iterationHistory';
import { useWrite } from './useWrite';

const KEYBOARD_OPTIONS = { coordinateGetter: planningCoordinates };

interface RowProps {
  requirement: Requirement;
  stage: Stage | undefined;
  /** What the row's button does; null when the plan is read-only. */
  action: 'add' | 'remove' | null;
  onAction: () => void;
}

function RowBody({ requirement, stage }: Pick<RowProps, 'requirement' | 'stage'>) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <span className="plan-row__title">{requirement.title}</span>
      <span className="plan-row__meta">
        <span className={`badge badge--${requirement.priority}`}>{requirement.priority}</span>
        {stage && <span className="plan-row__stage">{stageDisplayName(stage, t)}</span>}
        {requirement.estimate === null ? (
          <span className="plan-row__unestimated">{t('iterations.plan.unestimated')}</span>
        ) : (
          <span className="plan-row__points">
            {t('iterations.plan.points', { points: formatPoints(requirement.estimate, locale) })}
          </span>
        )}
      </span>
    </>
  );
}

function PlanRow({ requirement, stage, action, onAction }: RowProps) {
  const t = useT();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: requirement.id,
    disabled: action === null,
  });
  return (
    <li
      className={isDragging ? 'plan-row plan-row--placeholder' : 'plan-row'}
      data-testid="plan-row"
      data-requirement-id={requirement.id}
    >
      <div
        ref={setNodeRef}
        className="plan-row__handle"
        {...(action ? { ...attributes, ...listeners } : {})}
        aria-label={action ? requirement.title : undefined}
      >
        <RowBody requirement={requirement} stage={stage} />
      </div>
      {action && (
        <button
          type="button"
          className="button button--icon"
          aria-label={t(action === 'add' ? 'iterations.plan.add' : 'iterations.plan.remove', {
            title: requirement.title,
          })}
          onClick={onAction}
        >
          <span aria-hidden="true">{action === 'add' ? '→' : '←'}</span>
        </button>
      )}
    </li>
  );
}

function PlanList({ id, label, children, empty }: { id: string; label: string; children: ReactNode[]; empty: string }) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <ul
      ref={setNodeRef}
      className={isOver ? 'plan-list plan-list--over' : 'plan-list'}
      aria-label={label}
      data-testid={id}
    >
      {children.length > 0 ? children : <li className="plan-list__empty">{empty}</li>}
    </ul>
  );
}

interface PlanningProps {
  iteration: Iteration;
  data: IterationsData;
  cardScore: CardScore;
}

/** The ready backlog beside the iteration; drag (mouse, touch or keyboard) or use the buttons to plan. */
export function PlanningBoard({ iteration, data, cardScore }: PlanningProps) {
  const t = useT();
  const write = useWrite();
  const filterId = useId();
  const [query, setQuery] = useState('');
  const [dragId, setDragId] = useState<string | null>(null);
  const editable = iteration.state !== 'closed';
  const stagesById = useMemo(() => new Map(data.stages.map((s) => [s.id, s])), [data.stages]);
  const backlog = useMemo(
    () => readyBacklog(data.requirements, data.stages, { query, cardScore }),
    [data.requirements, data.stages, query, cardScore],
  );
  const planned = useMemo(
    () => data.requirements.filter((r) => r.iterationId === iteration.id),
    [data.requirements, iteration.id],
  );
  const byId = useMemo(() => new Map(data.requirements.map((r) => [r.id, r])), [data.requirements]);
  const sensors = useSensors(
    useSensor(MouseSensor, MOUSE_ACTIVATION),
    useSensor(TouchSensor, TOUCH_ACTIVATION),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  );

  const plan = (requirementId: string, into: boolean) => {
    const row = byId.get(requirementId);
    if (!row) return;
    const from = row.iterationId;
    const to = into ? iteration.id : null;
    const { name } = iteration;
    void write(iterationRepository.planRequirement(requirementId, to)).then((planned) => {
      if (planned && planned.iterationId !== from) recordChange(planEntry(row, planned, name));
    });
  };
  const targetName = (over: string | number | undefined) =>
    over === ITERATION_ID
      ? t('iterations.plan.dropHere', { name: iteration.name })
      : over === BACKLOG_ID
        ? t('iterations.plan.backlog')
        : '';
  const title = (id: string | number) => byId.get(String(id))?.title ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('iterations.plan.picked', { title: title(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('iterations.plan.over', { title: title(active.id), target: targetName(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('iterations.plan.dropped', { title: title(active.id), target: targetName(over.id) })
        : t('iterations.plan.cancelled', { title: title(active.id) }),
    onDragCancel: ({ active }) => t('iterations.plan.cancelled', { title: title(active.id) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragId(null);
    const row = byId.get(String(active.id));
    if (!row || !over) return;
    if (over.id === ITERATION_ID && row.iterationId !== iteration.id) plan(row.id, true);
    if (over.id === BACKLOG_ID && row.iterationId === iteration.id) plan(row.id, false);
  };

  const dragged = dragId ? byId.get(dragId) : undefined;
  return (
    <section className="planning" aria-labelledby={`${filterId}-title`}>
      <h3 id={`${filterId}-title`} className="visually-hidden">
        {t('iterations.plan.title')}
      </h3>
      <DndContext
        sensors={sensors}
        onDragStart={({ active }) => setDragId(String(active.id))}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragId(null)}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('iterations.plan.instructions') } }}
      >
        <div className="planning__columns">
          {editable && (
            <div className="planning__column">
              <h4>{t('iterations.plan.backlog')}</h4>
              <p className="field__hint">{t('iterations.plan.backlogHint')}</p>
              <input
                id={filterId}
                type="search"
                className="planning__filter"
                aria-label={t('iterations.plan.filter')}
                placeholder={t('iterations.plan.filter')}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
              <PlanList id={BACKLOG_ID} label={t('iterations.plan.backlog')} empty={t('iterations.plan.backlogEmpty')}>
                {backlog.map((r) => (
                  <PlanRow
                    key={r.id}
                    requirement={r}
                    stage={stagesById.get(r.stageId)}
                    action="add"
                    onAction={() => plan(r.id, true)}
                  />
                ))}
              </PlanList>
            </div>
          )}
          <div className="planning__column">
            <h4>{iteration.name}</h4>
            <CapacitySummary iteration={iteration} planned={planned} members={data.members} rate={data.rate} />
            {!editable && <p className="field__hint">{t('iterations.plan.closedReadOnly')}</p>}
            <PlanList
              id={ITERATION_ID}
              label={t('iterations.plan.dropHere', { name: iteration.name })}
              empty={t('iterations.plan.iterationEmpty')}
            >
              {planned.map((r) => (
                <PlanRow
                  key={r.id}
                  requirement={r}
                  stage={stagesById.get(r.stageId)}
                  action={editable ? 'remove' : null}
                  onAction={() => plan(r.id, false)}
                />
              ))}
            </PlanList>
          </div>
        </div>
        <DragOverlay dropAnimation={null}>
          {dragged && (
            <div className="plan-row plan-row--overlay">
              <div className="plan-row__handle">
                <RowBody requirement={dragged} stage={stagesById.get(dragged.stageId)} />
              </div>
            </div>
          )}
        </DragOverlay>
      </DndContext>
    </section>
  );
}
