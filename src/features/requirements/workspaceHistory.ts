// Undo/redo entries for a product's tag colours and description templates. Each
// function writes and records, so an entry holds only the ids and values it replays.
import '../../i18n/historyMessages';
import { workspaceRepository } from '../../db/workspaceAccess';
import type { TemplateInput } from '../../db/workspace';
import type { Template } from '../../domain/templates/types';
import type { Tag } from '../../domain/types';
import { recordChange, type HistoryEntry } from '../../state/history';
import { guardedEntry } from '../../state/guardedEntry';

/**
 * Sets a tag's colour and records it. `previous` is the colour shown before;
 * a tag that had no row of its own goes back to the default look on undo.
 */
export async function setTagColorRecorded(
  productId: string,
  tag: string,
  color: string,
  previous: string | undefined,
): Promise<Tag> {
  const saved = await workspaceRepository.setTagColor(productId, tag, color);
  // Version 1: this write made the row, so before it the tag had the default look.
  const before = saved.version === 1 ? null : (previous ?? null);
  if (before === color) return saved;
  recordChange(
    guardedEntry<string | null>({
      describe: (t) => t('history.tagColor', { tag }),
      id: saved.id,
      version: saved.version,
      before,
      after: color,
      // A tag without a row stands at version 0 (see setTagColor's guard).
      write: async (value, ifVersion) => {
        if (value !== null)
          return (await workspaceRepository.setTagColor(productId, tag, value, { ifVersion })).version;
        await workspaceRepository.clearTagColor(productId, tag, { ifVersion });
        return 0;
      },
    }),
  );
  return saved;
}

/** A template as undo and redo write it back: in the trash, or live with this text. */
type TemplateState = { deleted: true } | { deleted: false; name: string; body: string };

function templateEntry(
  row: Template,
  versions: { before: number; after: number },
  states: { before: TemplateState; after: TemplateState },
  describe: HistoryEntry['describe'],
): HistoryEntry {
  return guardedEntry<TemplateState>({
    describe,
    id: row.id,
    version: versions.after,
    versionBefore: versions.before,
    ...states,
    write: async (state, ifVersion) =>
      state.deleted
        ? (await workspaceRepository.deleteTemplate(row.id, { ifVersion })).version
        : (
            await workspaceRepository.saveTemplate(
              row.productId,
              row.id,
              { kind: row.kind, name: state.name, body: state.body },
              { ifVersion },
            )
          ).version,
  });
}

const live = (row: { name: string; body: string }): TemplateState => ({
  deleted: false,
  name: row.name,
  body: row.body,
});

/** Saves a template (`existing` null: a new row) and records it; undo of a new one puts it in the trash. */
export async function saveTemplateRecorded(
  productId: string,
  existing: Template | null,
  input: TemplateInput,
): Promise<Template> {
  const saved = await workspaceRepository.saveTemplate(productId, existing?.id ?? null, input);
  const before: TemplateState = existing && !existing.deleted ? live(existing) : { deleted: true };
  recordChange(
    templateEntry(
      saved,
      { before: existing?.version ?? 0, after: saved.version },
      { before, after: live(saved) },
      (t) => t(existing ? 'history.templateEdit' : 'history.templateAdd', { name: saved.name }),
    ),
  );
  return saved;
}

export async function deleteTemplateRecorded(row: Template): Promise<HistoryEntry> {
  const deleted = await workspaceRepository.deleteTemplate(row.id);
  const entry = templateEntry(
    row,
    { before: row.version, after: deleted.version },
    { before: live(row), after: { deleted: true } },
    (t) => t('history.templateDelete', { name: row.name }),
  );
  recordChange(entry);
  return entry;
}
