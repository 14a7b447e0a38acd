import { useId, useState } from 'react';
import { SUPPORT_LEVELS, type CapabilityCell, type SupportLevel } from '../../domain/competitors/types';
import { Dialog } from '../../ui/Dialog';
import { useT } from '../../ui/useT';
import { LEVEL_ICON } from './levels';

interface CellEditorProps {
  title: string;
  cell: CapabilityCell;
  onSave: (cell: CapabilityCell) => Promise<boolean>;
  onClose: () => void;
}

/** Sets one matrix cell: a level (radio group) and a note. */
export function CellEditor({ title, cell, onSave, onClose }: CellEditorProps) {
  const t = useT();
  const id = useId();
  const [level, setLevel] = useState<SupportLevel>(cell.level);
  const [note, setNote] = useState(cell.note);

  const save = async () => {
    if (await onSave({ level, note })) onClose();
  };

  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      className="cell-editor"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('competitors.cancel')}
          </button>
          <button type="submit" form={`${id}-form`} className="button button--primary">
            {t('competitors.save')}
          </button>
        </>
      }
    >
      <form
        id={`${id}-form`}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="cell-editor__levels">
          <legend>{t('matrix.level')}</legend>
          {SUPPORT_LEVELS.map((value) => (
            <label key={value} className={`level-option level--${value}`}>
              <input
                type="radio"
                name={`${id}-level`}
                value={value}
                checked={level === value}
                onChange={() => setLevel(value)}
              />
              <span aria-hidden="true" className="level__icon">
                {LEVEL_ICON[value]}
              </span>
              {t(`matrix.level.${value}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('matrix.note')}</label>
          <textarea
            id={`${id}-note`}
            rows={3}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
      </form>
    </Dialog>
  );
}
