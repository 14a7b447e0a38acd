import { useState } from 'react';

interface DraftState {
  syncKey: string;
  /** The value last read from the database or last sent to it. */
  base: string;
  draft: string;
}

/**
 * What one settings field shows while it is being edited. It starts from
 * `source` and starts over whenever `syncKey` changes (the stage's version),
 * so an edit from another tab shows up once this field is not being edited.
 * `base` lets a commit on Enter and the blur after it write only once.
 */
export function useFieldDraft(source: string, syncKey: string) {
  const [state, setState] = useState<DraftState>({ syncKey, base: source, draft: source });
  let current = state;
  if (state.syncKey !== syncKey) {
    // Adjusting state while rendering (not in an effect) avoids a flash of the old value.
    current = { syncKey, base: source, draft: source };
    setState(current);
  }
  return {
    draft: current.draft,
    base: current.base,
    edit: (draft: string) => setState((s) => ({ ...s, draft })),
    /** Shows `value` as the new base: the value being written, or after a failed write, the stored one. */
    accept: (value: string) => setState((s) => ({ ...s, base: value, draft: value })),
    /** Back to the base, dropping what was typed. */
    revert: () => setState((s) => ({ ...s, draft: s.base })),
  };
}
