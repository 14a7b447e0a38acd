// The board's search index, kept up to date as its rows change instead of rebuilt on the first
// keystroke (issue 16: folding 10,000 rows' text held that keystroke for 100+ ms). Only rows whose
// searched fields changed are folded again, so a sync after an edit, a move or a remote change is cheap.
import type { Member, Requirement } from '../types';
import { searchText, type SearchIndex } from './search';

interface Entry {
  /** The row the text was folded from: the same object needs no field comparison. */
  row: Requirement;
  owner: string;
}

/** Work is done in slices that stop when `timeLeft` runs out (an idle callback's deadline). */
export type TimeLeft = () => number;

const ownerName = (r: Requirement, members: ReadonlyMap<string, Member>) =>
  r.ownerId ? (members.get(r.ownerId)?.name ?? '') : '';

// Every field `searchText` reads, compared by value: rows read afresh from IndexedDB are new
// objects, and a version number alone could miss a merged remote edit.
function sameSearchedFields(a: Requirement, b: Requirement): boolean {
  return (
    a.title === b.title &&
    a.description === b.description &&
    a.priority === b.priority &&
    a.type === b.type &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i]) &&
    a.notes.length === b.notes.length &&
    a.notes.every((note, i) => note.text === b.notes[i]?.text)
  );
}

export interface LiveSearchIndex {
  /** Folded text per requirement id, for `compileFilters`; exact once `sync` has returned true. */
  readonly texts: SearchIndex;
  /**
   * Brings the index to `rows`: adds new rows, refolds changed ones, drops the ones gone. The maps
   * are taken as unchanging: the same two maps as the last finished sync return at once.
   * Returns false when `timeLeft` ran out first (call again to go on); without it, finishes.
   */
  sync(rows: ReadonlyMap<string, Requirement>, members: ReadonlyMap<string, Member>, timeLeft?: TimeLeft): boolean;
  /**
   * Folds `rows` ahead of the sync that will hold them (a page of the board as it loads), dropping
   * nothing: that sync then finds these very rows folded and only walks past them.
   */
  add(rows: Iterable<Requirement>, members: ReadonlyMap<string, Member>): void;
}

export function createLiveSearchIndex(): LiveSearchIndex {
  const texts: SearchIndex = new Map();
  const entries = new Map<string, Entry>();
  // A sync cut short resumes on the same rows where it stopped; other rows start over.
  let resume: { rows: ReadonlyMap<string, Requirement>; members: ReadonlyMap<string, Member>; done: number } | null =
    null;
  // The maps the last finished sync followed. The board builds new maps for every change, so the same
  // maps mean nothing to do: the first keystroke after the idle sync skips a walk of every row.
  let synced: { rows: ReadonlyMap<string, Requirement>; members: ReadonlyMap<string, Member> } | null = null;

  function refresh(r: Requirement, members: ReadonlyMap<string, Member>) {
    const entry = entries.get(r.id);
    const owner = ownerName(r, members);
    // An owner renamed changes the text of a row that is otherwise the same.
    if (entry && entry.owner === owner && (entry.row === r || sameSearchedFields(entry.row, r))) {
      entry.row = r;
      return;
    }
    texts.set(r.id, searchText(r, members));
    entries.set(r.id, { row: r, owner });
  }

  return {
    texts,
    add(rows, members) {
      for (const r of rows) refresh(r, members);
    },
    sync(rows, members, timeLeft) {
      if (synced?.rows === rows && synced.members === members) return true;
      let done = resume?.rows === rows && resume.members === members ? resume.done : 0;
      resume = null;
      let i = 0;
      for (const r of rows.values()) {
        if (i++ < done) continue;
        refresh(r, members);
        done = i;
        if (timeLeft && done % 200 === 0 && timeLeft() <= 1) {
          resume = { rows, members, done };
          return false;
        }
      }
      for (const id of entries.keys()) {
        if (!rows.has(id)) {
          entries.delete(id);
          texts.delete(id);
        }
      }
      synced = { rows, members };
      return true;
    },
  };
}
