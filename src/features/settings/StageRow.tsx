import '../../i18n/iterationsMessages';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { CairnWriteError } from '../../db';
import { WIP_MODES, type Stage, type WipMode } from '../../domain/types';
import { showToast } from '../../state/toasts';
import { useT } from '../../ui/useT';
import { StageDeleteConfirm, type StageOption } from './StageDeleteConfirm';
import { StageGateEditor } from './StageGateEditor';
import { useFieldDraft } from './useFieldDraft';
import { deleteStage, editStage, moveStage } from './stageHistory';
import { useSave } from './useSave';

interface StageRowProps {
  stage: Stage;
  name: string;
  /** Active requirements in the stage. */
  count: number;
  index: number;
  /** Every stage of the product, this one included, in board order. */
  stages: StageOption[];
  /** id of the element explaining an empty WIP limit. */
  wipHintId: string;
}

function limitText(limit: number | null): string {
  return limit === null ? '' : String(limit);
}

/** One stage in the settings dialog: name, colour, WIP limit and mode, order, delete. */
export function StageRow({ stage, name, count, index, stages, wipHintId }: StageRowProps) {
  const t = useT();
  const save = useSave();
  const version = String(stage.version);
  const nameDraft = useFieldDraft(name, `${version}|${name}`);
  const color = useFieldDraft(stage.color, version);
  const limit = useFieldDraft(limitText(stage.wipLimit), version);
  const mode = useFieldDraft(stage.wipMode, version);
  const [confirming, setConfirming] = useState<number | null>(null);
  const colorRef = useRef<HTMLInputElement>(null);
  const leftRef = useRef<HTMLButtonElement>(null);
  const rightRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const movedBy = useRef<'left' | 'right' | null>(null);
  const last = stages.length - 1;

  const commitName = () => {
    const value = nameDraft.draft.trim();
    if (value === '' || value === nameDraft.base) return nameDraft.revert();
    nameDraft.accept(value);
    save(editStage(stage, { name: value }, value), () => nameDraft.accept(name));
  };

  const commitColor = (value: string) => {
    if (value === color.base) return;
    color.accept(value);
    save(editStage(stage, { color: value }, name), () => color.accept(stage.color));
  };
  // React's onChange for a colour input fires on every step of dragging in the picker; write once, on
  // the native change event, when the picker closes.
  const commitColorRef = useRef(commitColor);
  useEffect(() => {
    commitColorRef.current = commitColor;
  });
  useEffect(() => {
    const input = colorRef.current;
    if (!input) return;
    const onChange = () => commitColorRef.current(input.value);
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, []);

  const commitLimit = (input: HTMLInputElement) => {
    const raw = limit.draft.trim();
    const value = raw === '' ? null : Number(raw);
    if (input.validity.badInput || (value !== null && !(Number.isInteger(value) && value > 0))) {
      showToast({ tone: 'error', message: t('stages.wipLimitInvalid') });
      limit.revert();
      input.value = limit.base; // a number input with bad text reports '' and React would not reset it
      return;
    }
    const text = limitText(value);
    if (text === limit.base) return limit.accept(text);
    limit.accept(text);
    save(editStage(stage, { wipLimit: value }, name), () => limit.accept(limitText(stage.wipLimit)));
  };

  const commitMode = (value: string) => {
    const wipMode: WipMode = WIP_MODES.find((m) => m === value) ?? 'warn';
    mode.accept(wipMode);
    save(editStage(stage, { wipMode }, name), () => mode.accept(stage.wipMode));
  };

  const move = (direction: 'left' | 'right') => {
    movedBy.current = direction;
    save(moveStage(stage, index, direction === 'left' ? index - 1 : index + 1, name));
  };
  // Moving a row can take focus away from its button (React moves the DOM node): put it back.
  useEffect(() => {
    const direction = movedBy.current;
    if (direction === null) return;
    movedBy.current = null;
    const preferred = direction === 'left' ? leftRef.current : rightRef.current;
    const fallback = direction === 'left' ? rightRef.current : leftRef.current;
    (preferred && !preferred.disabled ? preferred : fallback)?.focus();
  }, [index]);

  const remove = () => {
    if (count > 0) return setConfirming(count);
    save(deleteStage(stage, null, name), (error) => {
      // Archived requirements are not counted on the board but still need a new stage.
      if (!(error instanceof CairnWriteError && error.code === 'stageHasRequirements')) return false;
      setConfirming(Number(error.details.count ?? 0));
      return true;
    });
  };

  const targets = stages.filter((s) => s.id !== stage.id);
  const defaultTarget = (stages[index - 1] ?? stages[index + 1])?.id ?? '';
  const onEnter = (commit: (input: HTMLInputElement) => void) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    commit(event.currentTarget);
  };

  return (
    <li className="stage-row" style={{ ['--stage-color' as string]: stage.color }}>
      <input
        type="text"
        className="stage-row__name"
        aria-label={t('stages.name', { position: index + 1 })}
        value={nameDraft.draft}
        maxLength={100}
        onChange={(event) => nameDraft.edit(event.target.value)}
        onBlur={commitName}
        onKeyDown={onEnter(commitName)}
      />
      <input
        ref={colorRef}
        type="color"
        className="stage-row__color"
        aria-label={t('stages.color', { stage: name })}
        value={color.draft}
        onChange={(event) => color.edit(event.target.value)}
      />
      <input
        type="number"
        className="stage-row__limit"
        aria-label={t('stages.wipLimit', { stage: name })}
        aria-describedby={wipHintId}
        placeholder="∞"
        min={1}
        step={1}
        inputMode="numeric"
        value={limit.draft}
        onChange={(event) => limit.edit(event.target.value)}
        onBlur={(event) => commitLimit(event.currentTarget)}
        onKeyDown={onEnter(commitLimit)}
      />
      <select
        aria-label={t('stages.wipMode', { stage: name })}
        value={mode.draft}
        onChange={(event) => commitMode(event.target.value)}
      >
        <option value="warn">{t('stages.wipWarn')}</option>
        <option value="block">{t('stages.wipBlock')}</option>
      </select>
      <label className="stage-row__done" title={t('iterations.stage.done', { stage: name })}>
        <input
          type="checkbox"
          aria-label={t('iterations.stage.done', { stage: name })}
          checked={stage.done}
          onChange={(event) => save(editStage(stage, { done: event.target.checked }, name))}
        />
        <span aria-hidden="true">✓</span>
      </label>
      <span className="stage-row__move">
        <button
          ref={leftRef}
          type="button"
          className="button button--icon"
          aria-label={t('stages.moveUp', { stage: name })}
          disabled={index === 0}
          onClick={() => move('left')}
        >
          <span aria-hidden="true">←</span>
        </button>
        <button
          ref={rightRef}
          type="button"
          className="button button--icon"
          aria-label={t('stages.moveDown', { stage: name })}
          disabled={index === last}
          onClick={() => move('right')}
        >
          <span aria-hidden="true">→</span>
        </button>
      </span>
      <button
        ref={deleteRef}
        type="button"
        className="button button--danger"
        aria-label={t('stages.delete', { stage: name })}
        aria-expanded={confirming !== null}
        disabled={stages.length <= 1}
        onClick={remove}
      >
        <span aria-hidden="true">✕</span>
      </button>
      <StageGateEditor stage={stage} name={name} />
      {confirming !== null && (
        <StageDeleteConfirm
          stageName={name}
          count={confirming}
          targets={targets}
          defaultTarget={defaultTarget}
          onConfirm={(target) => save(deleteStage(stage, target, name))}
          onCancel={() => {
            setConfirming(null);
            deleteRef.current?.focus();
          }}
        />
      )}
    </li>
  );
}
