// One stage's gate in the Stages dialog: its mode and its exit checklist (manual items typed by
// the PM, rules checked from the requirement's fields). Each change is one undoable stage edit.
import '../../i18n/gateMessages';
import { useState, type FormEvent } from 'react';
import { GATE_MODES, GATE_RULES, type GateItem, type Stage, type StageGate } from '../../domain/types';
import { gateItemName } from '../../ui/gateItemName';
import { useT } from '../../ui/useT';
import { editStage } from './stageHistory';
import { useSave } from './useSave';

export function StageGateEditor({ stage, name }: { stage: Stage; name: string }) {
  const t = useT();
  const save = useSave();
  const [label, setLabel] = useState('');
  const { gate } = stage;
  const write = (next: StageGate) => save(editStage(stage, { gate: next }, name));
  const addItem = (item: Omit<GateItem, 'id'>) =>
    write({ ...gate, items: [...gate.items, { id: crypto.randomUUID(), ...item }] });
  const unusedRules = GATE_RULES.filter((rule) => !gate.items.some((item) => item.rule === rule));

  const addManual = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = label.trim();
    if (text === '') return;
    setLabel('');
    addItem({ label: text.slice(0, 200), rule: null });
  };

  return (
    <details className="stage-gate">
      <summary>
        {t('stages.gate.legend', { stage: name })}: {t(`stages.gate.${gate.mode}`)} · {gate.items.length}
      </summary>
      <div className="stage-gate__body">
        <select
          aria-label={t('stages.gate.mode', { stage: name })}
          value={gate.mode}
          onChange={(event) => {
            const mode = GATE_MODES.find((m) => m === event.target.value);
            if (mode) write({ ...gate, mode });
          }}
        >
          {GATE_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`stages.gate.${mode}`)}
            </option>
          ))}
        </select>
        {gate.items.length === 0 ? (
          <p className="field__hint">{t('stages.gate.empty')}</p>
        ) : (
          <ul className="stage-gate__items">
            {gate.items.map((item) => {
              const itemName = gateItemName(item, t);
              return (
                <li key={item.id}>
                  <span>{itemName}</span>
                  <button
                    type="button"
                    className="button button--icon"
                    aria-label={t('stages.gate.remove', { item: itemName, stage: name })}
                    onClick={() => write({ ...gate, items: gate.items.filter((i) => i.id !== item.id) })}
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <form className="stage-gate__add" onSubmit={addManual}>
          <input
            type="text"
            aria-label={t('stages.gate.newItem', { stage: name })}
            placeholder={t('stages.gate.newItem', { stage: name })}
            value={label}
            maxLength={200}
            onChange={(event) => setLabel(event.target.value)}
          />
          <button type="submit" className="button">
            {t('stages.gate.addItem')}
          </button>
        </form>
        {unusedRules.length > 0 && (
          <select
            aria-label={t('stages.gate.addRule', { stage: name })}
            value=""
            onChange={(event) => {
              const rule = unusedRules.find((r) => r === event.target.value);
              if (rule) addItem({ label: '', rule });
            }}
          >
            <option value="">{t('stages.gate.chooseRule')}</option>
            {unusedRules.map((rule) => (
              <option key={rule} value={rule}>
                {t(`gate.rule.${rule}`)}
              </option>
            ))}
          </select>
        )}
      </div>
    </details>
  );
}
