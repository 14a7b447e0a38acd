// The competitor matrix: competitors, capabilities and the cells between them.
// Every write is one transaction with its Event; deleting is a soft flag.
import { CairnWriteError } from '../domain/errors';
import {
  capabilitySchema,
  competitorSchema,
  type Capability,
  type CapabilityCell,
  type Competitor,
} from '../domain/competitors/types';
import { checkWebUrl } from '../domain/feedback/url';
import { compareRanks, ranksAfter } from '../domain/ranking';
import type { Env, EventType } from '../domain/types';
import { checkedRow } from './checkedRow';
import type { CairnDatabase } from './database';
import { eventsFor, checkVersion, assertLive } from './writePath';
import { newCapability, newCompetitor } from '../domain/rows/evidence';

export interface CompetitorInput {
  name: string;
  /** As typed: blank for none, otherwise an http(s) address. */
  url?: string;
  note?: string;
}

/** Our own column of the matrix; any other key is a competitor id. */
export const OURS = 'ours';

function bySavedOrder<T extends { rank: string; id: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id));
}

function checkedUrl(input: string | undefined): string | null {
  const check = checkWebUrl(input ?? '');
  if (!check.ok) throw new CairnWriteError('invalidInput', 'A link must be an http:// or https:// address');
  return check.url;
}

/** Write only if the row is still at this version (undo, redo). */
export interface MatrixGuard {
  ifVersion?: number;
}

/** The row, if it exists (and is not deleted, unless `evenDeleted`) and is still at `guard.ifVersion`. */
function guarded<T extends { name: string; deleted: boolean; version: number }>(
  row: T | undefined,
  what: string,
  guard?: MatrixGuard,
  evenDeleted = false,
): T {
  if (!row || (row.deleted && !evenDeleted)) throw new CairnWriteError('notFound', `${what} does not exist`);
  checkVersion(row, guard, row.name, `${what} changed since`);
  return row;
}

export function createCompetitorRepository(db: CairnDatabase, env: Env) {
  const event = eventsFor(env);

  async function liveCompetitors(productId: string): Promise<Competitor[]> {
    const rows = await db.competitors.where('productId').equals(productId).toArray();
    return bySavedOrder(rows.filter((c) => !c.deleted));
  }

  async function liveCapabilities(productId: string): Promise<Capability[]> {
    const rows = await db.capabilities.where('productId').equals(productId).toArray();
    return bySavedOrder(rows.filter((c) => !c.deleted));
  }

  async function mustGetCompetitor(id: string, guard?: MatrixGuard, evenDeleted = false): Promise<Competitor> {
    return guarded(await db.competitors.get(id), `Competitor ${id}`, guard, evenDeleted);
  }

  async function mustGetCapability(id: string, guard?: MatrixGuard, evenDeleted = false): Promise<Capability> {
    return guarded(await db.capabilities.get(id), `Capability ${id}`, guard, evenDeleted);
  }

  async function putCapability(
    row: Capability,
    next: Partial<Capability>,
    type: EventType,
    data: Record<string, unknown>,
  ): Promise<Capability> {
    const saved = checkedRow(capabilitySchema, { ...row, ...next, updatedAt: env.now(), version: row.version + 1 });
    await db.capabilities.put(saved);
    await db.events.add(event(row.productId, row.id, type, data));
    return saved;
  }

  async function putCompetitor(
    row: Competitor,
    next: Partial<Competitor>,
    type: EventType,
    data: Record<string, unknown>,
  ): Promise<Competitor> {
    const saved = checkedRow(competitorSchema, { ...row, ...next, updatedAt: env.now(), version: row.version + 1 });
    await db.competitors.put(saved);
    await db.events.add(event(row.productId, row.id, type, data));
    return saved;
  }

  return {
    listCompetitors: liveCompetitors,
    listCapabilities: liveCapabilities,

    /** Capabilities linked to one requirement (the multi-entry index). */
    async listCapabilitiesForRequirement(requirementId: string): Promise<Capability[]> {
      const rows = await db.capabilities.where('requirementIds').equals(requirementId).distinct().toArray();
      return rows.filter((c) => !c.deleted);
    },

    // --- competitors ---------------------------------------------------------

    async createCompetitor(productId: string, input: CompetitorInput): Promise<Competitor> {
      const url = checkedUrl(input.url);
      return db.transaction('rw', db.competitors, db.events, async () => {
        const all = await liveCompetitors(productId);
        const rank = ranksAfter(all.at(-1)?.rank ?? null, 1)[0] as string;
        const row = checkedRow(
          competitorSchema,
          newCompetitor(env, { productId, name: input.name.trim(), url, note: input.note?.trim(), rank }),
        );
        await db.competitors.add(row);
        await db.events.add(event(productId, row.id, 'competitor.created', { name: row.name }));
        return row;
      });
    },

    /** Rename, change the link or the note; returns null when nothing changed. */
    async updateCompetitor(
      id: string,
      patch: Partial<CompetitorInput>,
      guard?: MatrixGuard,
    ): Promise<Competitor | null> {
      const url = patch.url === undefined ? undefined : checkedUrl(patch.url);
      return db.transaction('rw', db.competitors, db.events, async () => {
        const row = await mustGetCompetitor(id, guard);
        const next: Competitor = {
          ...row,
          ...(patch.name !== undefined && { name: patch.name.trim() }),
          ...(patch.note !== undefined && { note: patch.note.trim() }),
          ...(url !== undefined && { url }),
        };
        const fields = (['name', 'url', 'note'] as const).filter((key) => row[key] !== next[key]);
        if (fields.length === 0) return null;
        return putCompetitor(row, next, 'competitor.edited', { fields });
      });
    },

    /** Soft delete; the capabilities keep its cells, so a restore (or a backup) loses nothing. */
    async deleteCompetitor(id: string, guard?: MatrixGuard): Promise<Competitor> {
      return db.transaction('rw', db.competitors, db.events, async () => {
        const row = await mustGetCompetitor(id, guard);
        return putCompetitor(row, { deleted: true }, 'competitor.deleted', { name: row.name });
      });
    },

    /** Undo of a removal. */
    async restoreCompetitor(id: string, guard?: MatrixGuard): Promise<Competitor> {
      return db.transaction('rw', db.competitors, db.events, async () => {
        const row = await mustGetCompetitor(id, guard, true);
        if (!row.deleted) return row;
        return putCompetitor(row, { deleted: false }, 'competitor.edited', { fields: ['deleted'], restored: true });
      });
    },

    // --- capabilities --------------------------------------------------------

    async createCapability(productId: string, name: string): Promise<Capability> {
      return db.transaction('rw', db.capabilities, db.events, async () => {
        const all = await liveCapabilities(productId);
        const row = checkedRow(
          capabilitySchema,
          newCapability(env, {
            productId,
            name: name.trim(),
            rank: ranksAfter(all.at(-1)?.rank ?? null, 1)[0] as string,
          }),
        );
        await db.capabilities.add(row);
        await db.events.add(event(productId, row.id, 'capability.created', { name: row.name }));
        return row;
      });
    },

    async renameCapability(id: string, name: string, guard?: MatrixGuard): Promise<Capability | null> {
      return db.transaction('rw', db.capabilities, db.events, async () => {
        const row = await mustGetCapability(id, guard);
        if (row.name === name.trim()) return null;
        return putCapability(row, { name: name.trim() }, 'capability.edited', { fields: ['name'] });
      });
    },

    async deleteCapability(id: string, guard?: MatrixGuard): Promise<Capability> {
      return db.transaction('rw', db.capabilities, db.events, async () => {
        const row = await mustGetCapability(id, guard);
        return putCapability(row, { deleted: true }, 'capability.deleted', { name: row.name });
      });
    },

    /** Undo of a removal. */
    async restoreCapability(id: string, guard?: MatrixGuard): Promise<Capability> {
      return db.transaction('rw', db.capabilities, db.events, async () => {
        const row = await mustGetCapability(id, guard, true);
        if (!row.deleted) return row;
        return putCapability(row, { deleted: false }, 'capability.edited', { fields: ['deleted'], restored: true });
      });
    },

    /** Sets one cell: `columnId` is a competitor of the same product, or OURS. */
    async setCell(
      capabilityId: string,
      columnId: string,
      cell: CapabilityCell,
      guard?: MatrixGuard,
    ): Promise<Capability> {
      return db.transaction('rw', db.capabilities, db.competitors, db.events, async () => {
        const row = await mustGetCapability(capabilityId, guard);
        const value = { level: cell.level, note: cell.note.trim() };
        if (columnId === OURS)
          return putCapability(row, { ours: value }, 'capability.edited', { fields: ['ours'], level: value.level });
        const competitor = await mustGetCompetitor(columnId);
        if (competitor.productId !== row.productId)
          throw new CairnWriteError('invalidInput', 'The competitor belongs to another product');
        return putCapability(row, { cells: { ...row.cells, [columnId]: value } }, 'capability.edited', {
          fields: ['cells'],
          competitorId: columnId,
          level: value.level,
        });
      });
    },

    async linkRequirement(capabilityId: string, requirementId: string, guard?: MatrixGuard): Promise<Capability> {
      return db.transaction('rw', db.capabilities, db.requirements, db.events, async () => {
        const row = await mustGetCapability(capabilityId, guard);
        const requirement = await db.requirements.get(requirementId);
        assertLive(requirement, `Requirement ${requirementId} does not exist`);
        if (requirement.productId !== row.productId)
          throw new CairnWriteError('invalidInput', 'The requirement belongs to another product');
        if (row.requirementIds.includes(requirementId)) return row;
        return putCapability(row, { requirementIds: [...row.requirementIds, requirementId] }, 'capability.edited', {
          fields: ['requirementIds'],
          requirementId,
          change: 'linked',
        });
      });
    },

    async unlinkRequirement(capabilityId: string, requirementId: string, guard?: MatrixGuard): Promise<Capability> {
      return db.transaction('rw', db.capabilities, db.events, async () => {
        const row = await mustGetCapability(capabilityId, guard);
        if (!row.requirementIds.includes(requirementId)) return row;
        return putCapability(
          row,
          { requirementIds: row.requirementIds.filter((id) => id !== requirementId) },
          'capability.edited',
          {
            fields: ['requirementIds'],
            requirementId,
            change: 'unlinked',
          },
        );
      });
    },
  };
}

export type CompetitorRepository = ReturnType<typeof createCompetitorRepository>;
