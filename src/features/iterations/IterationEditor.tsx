import { useId, useState, type FormEvent } from 'react';
import { iterationRepository } from '../../db/iterationsAccess';
import { addDays, dayOf } from '../../domain/dates';
import { CAPACITY_UNITS, type CapacityUnit, type Iteration, type MemberCapacity } from '../../domain/iterations/types';
import type { Member } from '../../domain/types';
import { recordChange } from '../../state/history';
import { Dialog } from '../../ui/Dialog';
import { useT } from '../../ui/useT';
import { iterationCreatedEntry, iterationEditEntry } from './iterationHistory';
import { useWrite } from './useWrite';

interface EditorProps {
  productId: string;
  /** null: a new iteration. */
  iteration: Iteration | null;
  /** Iterations so far: names the new one. */
  count: number;
  members: Member[];
  onClose: (saved: Iteration | null) => void;
}

type MemberDraft = Record<string, { days: string; daysOff: string }>;

function numberOrNull(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/** Name, goal, dates and capacity (for the team, or per member with days off). */
export function IterationEditor({ productId, iteration, count, members, onClose }: EditorProps) {
  const t = useT();
  const write = useWrite();
  const id = useId();
  const today = dayOf(new Date());
  const [name, setName] = useState(iteration?.name ?? t('iterations.editor.defaultName', { number: count + 1 }));
  const [goal, setGoal] = useState(iteration?.goal ?? '');
  const [start, setStart] = useState(iteration?.startDate ?? today);
  const [end, setEnd] = useState(iteration?.endDate ?? addDays(today, 13));
  const [unit, setUnit] = useState<CapacityUnit>(iteration?.capacityUnit ?? 'points');
  const [capacity, setCapacity] = useState(
    iteration?.capacity === null || !iteration ? '' : String(iteration.capacity),
  );
  const [memberDraft, setMemberDraft] = useState<MemberDraft>(() => {
    const draft: MemberDraft = {};
    for (const m of iteration?.memberCapacity ?? [])
      draft[m.memberId] = { days: String(m.days), daysOff: String(m.daysOff) };
    return draft;
  });
  const [problem, setProblem] = useState<string | null>(null);

  const setMember = (memberId: string, field: 'days' | 'daysOff', value: string) =>
    setMemberDraft((d) => ({
      ...d,
      [memberId]: { days: d[memberId]?.days ?? '', daysOff: d[memberId]?.daysOff ?? '', [field]: value },
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setProblem(t('iterations.editor.nameRequired'));
    if (!start || !end || end < start) return setProblem(t('iterations.editor.datesInvalid'));
    const memberCapacity: MemberCapacity[] = members.flatMap((m) => {
      const days = numberOrNull(memberDraft[m.id]?.days ?? '');
      return days === null
        ? []
        : [{ memberId: m.id, days, daysOff: numberOrNull(memberDraft[m.id]?.daysOff ?? '') ?? 0 }];
    });
    const input = {
      name,
      goal,
      startDate: start,
      endDate: end,
      capacityUnit: unit,
      capacity: numberOrNull(capacity),
      memberCapacity,
    };
    const saved = iteration
      ? await write(iterationRepository.updateIteration(iteration.id, input))
      : await write(iterationRepository.createIteration(productId, input));
    if (saved === undefined) return;
    if (saved) recordChange(iteration ? iterationEditEntry(iteration, saved) : iterationCreatedEntry(saved));
    onClose(saved ?? iteration);
  };

  const field = (suffix: string) => `${id}-${suffix}`;
  return (
    <Dialog
      open
      title={iteration ? t('iterations.editor.title.edit', { name: iteration.name }) : t('iterations.editor.title.new')}
      onClose={() => onClose(null)}
      className="iteration-editor"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={field('name')}>{t('iterations.editor.name')}</label>
          <input
            id={field('name')}
            type="text"
            value={name}
            maxLength={200}
            required
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={field('goal')}>{t('iterations.editor.goal')}</label>
          <textarea
            id={field('goal')}
            rows={2}
            value={goal}
            maxLength={2000}
            onChange={(e) => setGoal(e.target.value)}
          />
        </div>
        <div className="iteration-editor__row">
          <div className="field">
            <label htmlFor={field('start')}>{t('iterations.editor.start')}</label>
            <input id={field('start')} type="date" value={start} required onChange={(e) => setStart(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={field('end')}>{t('iterations.editor.end')}</label>
            <input
              id={field('end')}
              type="date"
              value={end}
              min={start}
              required
              onChange={(e) => setEnd(e.target.value)}
            />
          </div>
        </div>
        <div className="iteration-editor__row">
          <div className="field">
            <label htmlFor={field('unit')}>{t('iterations.editor.unit')}</label>
            <select
              id={field('unit')}
              value={unit}
              onChange={(e) => setUnit(CAPACITY_UNITS.find((u) => u === e.target.value) ?? 'points')}
            >
              {CAPACITY_UNITS.map((u) => (
                <option key={u} value={u}>
                  {t(`iterations.editor.unit.${u}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={field('capacity')}>{t('iterations.editor.capacity')}</label>
            <input
              id={field('capacity')}
              type="number"
              min={0}
              step="any"
              inputMode="decimal"
              value={capacity}
              onChange={(e) => setCapacity(e.target.value)}
            />
          </div>
        </div>
        {members.length > 0 && (
          <fieldset className="iteration-editor__members">
            <legend>{t('iterations.editor.members')}</legend>
            <p className="field__hint">{t('iterations.editor.membersHint')}</p>
            {members.map((m) => (
              <div key={m.id} className="iteration-editor__member">
                <span aria-hidden="true">{m.name}</span>
                <input
                  type="number"
                  min={0}
                  step="any"
                  aria-label={t('iterations.editor.memberDays', { name: m.name })}
                  value={memberDraft[m.id]?.days ?? ''}
                  onChange={(e) => setMember(m.id, 'days', e.target.value)}
                />
                <input
                  type="number"
                  min={0}
                  step="any"
                  aria-label={t('iterations.editor.memberDaysOff', { name: m.name })}
                  value={memberDraft[m.id]?.daysOff ?? ''}
                  onChange={(e) => setMember(m.id, 'daysOff', e.target.value)}
                />
              </div>
            ))}
          </fieldset>
        )}
        {problem && (
          <p role="alert" className="iteration-editor__problem">
            {problem}
          </p>
        )}
        <div className="dialog__footer">
          <button type="button" className="button" onClick={() => onClose(null)}>
            {t('iterations.editor.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('iterations.editor.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
