// "Saving…" / "Saved" shown in the header, and what tests wait on.
import { create } from 'zustand';

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

interface SaveStatusState {
  /** Writes in flight, plus edits typed but not yet written (debounce). */
  pending: number;
  failed: boolean;
  /** Counts completed writes, so a caller can tell a new "saved" from an old one. */
  completed: number;
}

export const useSaveStatus = create<SaveStatusState>(() => ({ pending: 0, failed: false, completed: 0 }));

export function markSaving(): void {
  useSaveStatus.setState((s) => ({ pending: s.pending + 1 }));
}

export function markSaved(ok: boolean): void {
  useSaveStatus.setState((s) => ({ pending: Math.max(0, s.pending - 1), failed: !ok, completed: s.completed + 1 }));
}

/** Wraps a write so the header shows it; the promise's result and error pass through. */
export async function trackSave<T>(write: Promise<T>): Promise<T> {
  markSaving();
  try {
    const result = await write;
    markSaved(true);
    return result;
  } catch (error) {
    markSaved(false);
    throw error;
  }
}
