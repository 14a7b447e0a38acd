import { create } from 'zustand';
import type { Translate } from '../i18n/translate';

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

/**
 * One undoable change. `undo` and `redo` replay it against the rows it wrote,
 * guarded by their versions in the repositories, so neither overwrites a newer
 * change made since (in this tab or another).
 */
export interface HistoryEntry {
  /** What was done, in the UI language at the time it is shown: "move “Dark mode” to Design". */
  describe: (t: Translate) => string;
  undo: () => Promise<unknown>;
  redo: () => Promise<unknown>;
  /** The product the change lands in, when it opens another (an import): it survives the switch. */
  productId?: string;
}

interface HistoryState {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** An undo or redo is being written: a second one waits its turn rather than racing it. */
  busy: boolean;
}

/** Enough for a working session; older entries fall off. */
const LIMIT = 100;

export const useHistory = create<HistoryState>(() => ({ past: [], future: [], busy: false }));

/**
 * The version each remembered row version stands for now, by row id. A replay
 * leaves a row as it was at an earlier version, but at a new one: undoing B
 * leaves the row as A left it, so A's undo must now expect the version B's undo
 * left. Versions only grow, so following the chain always ends.
 */
const sameAs = new Map<string, Map<number, number>>();

export function currentVersion(id: string, version: number): number {
  let found = version;
  for (let next = sameAs.get(id)?.get(found); next !== undefined; next = sameAs.get(id)?.get(found)) found = next;
  return found;
}

export function learnVersion(id: string, remembered: number, now: number): void {
  // Only forward: that is what keeps currentVersion's chain finite.
  if (now <= remembered) return;
  const versions = sameAs.get(id) ?? new Map<number, number>();
  versions.set(remembered, now);
  sameAs.set(id, versions);
}

/** Records a change the user just made; a new change forgets what was undone. */
export function recordChange(entry: HistoryEntry): void {
  useHistory.setState((s) => ({ past: [...s.past.slice(-(LIMIT - 1)), entry], future: [] }));
}

/**
 * Replaces `previous` with `entry` if it is still the latest change (typing in
 * a field saves every pause; one undo should take back the whole edit).
 * Returns false, changing nothing, when something else happened in between.
 */
export function replaceLatest(previous: HistoryEntry, entry: HistoryEntry): boolean {
  const { past } = useHistory.getState();
  if (past.at(-1) !== previous) return false;
  useHistory.setState({ past: [...past.slice(0, -1), entry], future: [] });
  return true;
}

/** Forgets the history when another product opens, except changes made for that product. */
export function clearHistory(keepProductId?: string): void {
  if (keepProductId === undefined) sameAs.clear();
  const keep = (entries: HistoryEntry[]) =>
    keepProductId === undefined ? [] : entries.filter((e) => e.productId === keepProductId);
  useHistory.setState((s) => ({ past: keep(s.past), future: keep(s.future), busy: false }));
}

async function replay(from: 'past' | 'future', entry?: HistoryEntry): Promise<HistoryEntry | null> {
  const state = useHistory.getState();
  const stack = state[from];
  const target = entry ?? stack.at(-1);
  if (state.busy || !target || !stack.includes(target)) return null;
  useHistory.setState({ busy: true });
  try {
    await (from === 'past' ? target.undo() : target.redo());
  } catch (error) {
    // A change that can no longer be replayed (the row moved on) leaves the stack: trying again would fail again.
    useHistory.setState((s) => ({ [from]: s[from].filter((e) => e !== target), busy: false }));
    throw error;
  }
  const to = from === 'past' ? 'future' : 'past';
  useHistory.setState((s) => ({ [from]: s[from].filter((e) => e !== target), [to]: [...s[to], target], busy: false }));
  return target;
}

/** Undoes the latest change (or `entry`, e.g. from its toast's Undo button). Null when there was nothing to do. */
export function undo(entry?: HistoryEntry): Promise<HistoryEntry | null> {
  return replay('past', entry);
}

export function redo(): Promise<HistoryEntry | null> {
  return replay('future');
}
