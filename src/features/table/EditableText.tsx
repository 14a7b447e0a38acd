import { useRef, useState, type ReactNode } from 'react';

interface EditableTextProps {
  /** The value as the input edits it ('' for none). */
  value: string;
  /** What the cell shows when not editing. */
  display: ReactNode;
  /** The accessible name of the cell's button and input: "Edit Estimate of Dark mode". */
  label: string;
  type?: 'text' | 'number' | 'date';
  /** Called with the new text on Enter or blur, only when it changed. */
  onCommit: (value: string) => void;
}

/** A cell that shows its value and turns into an input on click or Enter; Enter or leaving saves, Escape cancels. */
export function EditableText({ value, display, label, type = 'text', onCommit }: EditableTextProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  // Set once Enter, Escape or blur has ended the edit, so the blur of the vanishing input does not end it twice.
  const closed = useRef(false);
  const button = useRef<HTMLButtonElement>(null);

  const finish = (save: boolean) => {
    if (closed.current) return;
    closed.current = true;
    setEditing(false);
    if (save && draft !== value) onCommit(draft);
    // Focus returns to the cell, so the keyboard stays where the person was.
    requestAnimationFrame(() => button.current?.focus());
  };

  if (!editing) {
    return (
      <button
        ref={button}
        type="button"
        className="table__edit"
        aria-label={label}
        onClick={() => {
          closed.current = false;
          setDraft(value);
          setEditing(true);
        }}
      >
        {display}
      </button>
    );
  }
  return (
    <input
      className="table__input"
      type={type}
      value={draft}
      aria-label={label}
      autoFocus
      min={type === 'number' ? 0 : undefined}
      step={type === 'number' ? 'any' : undefined}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          finish(false);
        }
      }}
      onBlur={() => finish(true)}
    />
  );
}
