// Undo/redo entries for saved views. Each function writes and records, so an
// entry holds only the id and the values it replays.
import '../../i18n/historyMessages';
import { savedViews } from '../../db/tableAccess';
import type { SavedView } from '../../domain/views/types';
import { recordChange, type HistoryEntry } from '../../state/history';
import { guardedEntry } from '../../state/guardedEntry';

/** A view as undo and redo write it back: in the trash, or live with this query. */
type ViewState = { deleted: true } | { deleted: false; query: string };

function viewEntry(
  view: SavedView,
  versions: { before: number; after: number },
  states: { before: ViewState; after: ViewState },
  describe: HistoryEntry['describe'],
): HistoryEntry {
  return guardedEntry<ViewState>({
    describe,
    id: view.id,
    version: versions.after,
    versionBefore: versions.before,
    ...states,
    write: async (state, ifVersion) =>
      (state.deleted
        ? await savedViews.deleteView(view.id, { ifVersion })
        : await savedViews.restoreView(view.id, state.query, { ifVersion })
      ).version,
  });
}

/**
 * Saves the filters under `name` and records it. `previous` is the live view of
 * that name the save replaces, if any: undo gives it its old filters back;
 * otherwise undo puts the new view in the trash.
 */
export async function saveViewRecorded(
  productId: string,
  name: string,
  query: string,
  previous: SavedView | undefined,
): Promise<SavedView> {
  const saved = await savedViews.saveView(productId, name, query);
  const replaced = previous?.id === saved.id ? previous : undefined;
  recordChange(
    viewEntry(
      saved,
      { before: replaced?.version ?? 0, after: saved.version },
      {
        before: replaced ? { deleted: false, query: replaced.query } : { deleted: true },
        after: { deleted: false, query: saved.query },
      },
      (t) => t('history.viewSave', { name: saved.name }),
    ),
  );
  return saved;
}

export async function deleteViewRecorded(view: SavedView): Promise<HistoryEntry> {
  const deleted = await savedViews.deleteView(view.id);
  const entry = viewEntry(
    view,
    { before: view.version, after: deleted.version },
    { before: { deleted: false, query: view.query }, after: { deleted: true } },
    (t) => t('history.viewDelete', { name: view.name }),
  );
  recordChange(entry);
  return entry;
}
