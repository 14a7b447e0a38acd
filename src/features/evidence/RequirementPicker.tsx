import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useT } from '../../ui/useT';
import { matchRequirements, type PickableRequirement } from './pickerMatch';

interface RequirementPickerProps {
  /** The visible label of the search field (what picking does). */
  label: string;
  /** Requirements that may be picked (those already linked are left out by the caller). */
  requirements: readonly PickableRequirement[];
  onPick: (id: string) => void;
  /** What the field searches, when it is not requirement titles (e.g. feedback text). */
  placeholder?: string;
  optionsLabel?: string;
}

/**
 * A combobox that searches requirement titles: type, move with the arrow
 * keys, Enter (or a click) picks. The ARIA 1.2 combobox pattern, so screen
 * readers announce the highlighted title without moving focus off the field.
 */
export function RequirementPicker({ label, requirements, onPick, placeholder, optionsLabel }: RequirementPickerProps) {
  const t = useT();
  const inputId = useId();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchRequirements(requirements, query), [requirements, query]);
  const expanded = open && query.trim() !== '';
  const current = matches[Math.min(active, matches.length - 1)];

  const pick = (id: string) => {
    onPick(id);
    setQuery('');
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(0, matches.length - 1)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      // Enter in the picker never submits a surrounding form.
      event.preventDefault();
      if (expanded && current) pick(current.id);
    } else if (event.key === 'Escape' && expanded) {
      // Closes the list only; a second Escape reaches the dialog around it.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="picker">
      <label htmlFor={inputId} className="picker__label">
        {label}
      </label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && current ? `${listId}-${current.id}` : undefined}
        placeholder={placeholder ?? t('picker.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={optionsLabel ?? t('picker.options')}
        className="picker__list"
        hidden={!expanded}
      >
        {matches.map((r) => (
          <li
            key={r.id}
            id={`${listId}-${r.id}`}
            role="option"
            aria-selected={r.id === current?.id}
            className={r.id === current?.id ? 'picker__option is-active' : 'picker__option'}
            // mousedown, not click: the field's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(r.id);
            }}
          >
            {r.title}
          </li>
        ))}
      </ul>
      {expanded && matches.length === 0 && (
        <p className="picker__empty" role="status">
          {t('picker.noMatch')}
        </p>
      )}
    </div>
  );
}
