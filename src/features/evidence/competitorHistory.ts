// Undo entries of the competitor matrix: competitors and capabilities added,
// edited, removed, their cells and their requirement links. Each is guarded by
// the row's version (guardedEntry), so a replay never overwrites a newer change.
import { competitorRepository } from '../../db/evidenceAccess';
import type { Capability, CapabilityCell, Competitor } from '../../domain/competitors/types';
import { type HistoryEntry } from '../../state/history';
import { guardedEntry } from '../../state/guardedEntry';
import { trackSave } from '../../state/saveStatus';
import type { CompetitorDraft } from './CompetitorForm';

const repo = competitorRepository;

function draftOf(row: Competitor): CompetitorDraft {
  return { name: row.name, url: row.url ?? '', note: row.note };
}

/** Add (`deletedBefore` true: undo removes it) or removal (undo brings it back). */
export function competitorTrashEntry(row: Competitor, deletedBefore: boolean): HistoryEntry {
  const { id, name } = row;
  return guardedEntry<boolean>({
    describe: (t) => t(deletedBefore ? 'competitors.history.add' : 'competitors.history.remove', { name }),
    id,
    version: row.version,
    before: deletedBefore,
    after: !deletedBefore,
    write: async (deleted, ifVersion) =>
      (await trackSave(deleted ? repo.deleteCompetitor(id, { ifVersion }) : repo.restoreCompetitor(id, { ifVersion })))
        .version,
  });
}

export function competitorEditEntry(before: Competitor, after: Competitor): HistoryEntry {
  const { id, name } = after;
  return guardedEntry<CompetitorDraft>({
    describe: (t) => t('competitors.history.edit', { name }),
    id,
    version: after.version,
    before: draftOf(before),
    after: draftOf(after),
    write: async (draft, ifVersion) =>
      (await trackSave(repo.updateCompetitor(id, draft, { ifVersion })))?.version ?? null,
  });
}

export function capabilityTrashEntry(row: Capability, deletedBefore: boolean): HistoryEntry {
  const { id, name } = row;
  return guardedEntry<boolean>({
    describe: (t) => t(deletedBefore ? 'capabilities.history.add' : 'capabilities.history.remove', { name }),
    id,
    version: row.version,
    before: deletedBefore,
    after: !deletedBefore,
    write: async (deleted, ifVersion) =>
      (await trackSave(deleted ? repo.deleteCapability(id, { ifVersion }) : repo.restoreCapability(id, { ifVersion })))
        .version,
  });
}

export function capabilityRenameEntry(before: Capability, after: Capability): HistoryEntry {
  const { id, name } = after;
  return guardedEntry<string>({
    describe: (t) => t('capabilities.history.edit', { name }),
    id,
    version: after.version,
    before: before.name,
    after: after.name,
    write: async (value, ifVersion) =>
      (await trackSave(repo.renameCapability(id, value, { ifVersion })))?.version ?? null,
  });
}

/** One cell: `columnId` is a competitor id or 'ours'. */
export function capabilityCellEntry(
  before: CapabilityCell,
  after: Capability,
  columnId: string,
  cell: CapabilityCell,
): HistoryEntry {
  const { id, name } = after;
  return guardedEntry<CapabilityCell>({
    describe: (t) => t('capabilities.history.edit', { name }),
    id,
    version: after.version,
    before,
    after: cell,
    write: async (value, ifVersion) => (await trackSave(repo.setCell(id, columnId, value, { ifVersion }))).version,
  });
}

export function capabilityLinkEntry(after: Capability, requirementId: string, linked: boolean): HistoryEntry {
  const { id, name } = after;
  return guardedEntry<boolean>({
    describe: (t) => t('capabilities.history.edit', { name }),
    id,
    version: after.version,
    before: !linked,
    after: linked,
    write: async (link, ifVersion) =>
      (
        await trackSave(
          link
            ? repo.linkRequirement(id, requirementId, { ifVersion })
            : repo.unlinkRequirement(id, requirementId, { ifVersion }),
        )
      ).version,
  });
}
