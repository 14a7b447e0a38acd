import { useState } from 'react';
import type { ChecklistItem } from '../../domain/types';
import { useT } from '../../ui/useT';

interface ChecklistEditorProps {
  items: ChecklistItem[];
  newId: () => string;
  onChange: (items: ChecklistItem[]) => void;
}

export function ChecklistEditor({ items, newId, onChange }: ChecklistEditorProps) {
  const t = useT();
  const [text, setText] = useState('');
  const done = items.filter((i) => i.done).length;

  const add = () => {
    const trimmed = text.trim();
    if (!trimmed) return;
    onChange([...items, { id: newId(), text: trimmed, done: false }]);
    setText('');
  };

  return (
    <fieldset className="checklist">
      <legend>
        {t('detail.criteria')}
        {items.length > 0 && (
          <span className="checklist__progress"> · {t('detail.criteriaDone', { done, total: items.length })}</span>
        )}
      </legend>
      <ul className="checklist__items">
        {items.map((item) => (
          <li key={item.id} className="checklist__item">
            <label>
              <input
                type="checkbox"
                checked={item.done}
                onChange={(event) =>
                  onChange(items.map((i) => (i.id === item.id ? { ...i, done: event.target.checked } : i)))
                }
              />
              <span className={item.done ? 'checklist__text checklist__text--done' : 'checklist__text'}>
                {item.text}
              </span>
            </label>
            <button
              type="button"
              className="button button--icon"
              aria-label={t('detail.criteriaRemove', { text: item.text })}
              onClick={() => onChange(items.filter((i) => i.id !== item.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="checklist__add">
        <input
          type="text"
          value={text}
          aria-label={t('detail.criteriaAdd')}
          placeholder={t('detail.criteriaPlaceholder')}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button" onClick={add}>
          {t('detail.criteriaAdd')}
        </button>
      </div>
    </fieldset>
  );
}
