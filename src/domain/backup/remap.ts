// "Add as new products": the same data under fresh ids, so it never collides
// with rows already in the database and two restores give two independent copies.
import { NO_OWNER } from '../filters/types';
import { decodeFilters, encodeFilters } from '../filters/url';
import { BACKUP_TABLES, type BackupTables } from './format';

/** Keys of an event's data that hold ids of rows (from/to stage, linked requirement...). */
function isIdKey(key: string): boolean {
  return key.endsWith('Id') || key === 'movedTo';
}

/**
 * Every row gets a new id from `newId`; every reference to a row of the file
 * (productId, stageId, ownerId, laneId, initiativeId, an event's entityId and
 * the ids in its data, a saved view's stages and owners) follows. An ownerId naming no member of the file
 * becomes null: left as it was, it could name someone in another product.
 */
export function remapBackupIds(tables: BackupTables, newId: () => string): BackupTables {
  const ids = new Map<string, string>();
  const fresh = (id: string) => {
    let next = ids.get(id);
    if (next === undefined) {
      next = newId();
      ids.set(id, next);
    }
    return next;
  };
  for (const table of BACKUP_TABLES) {
    for (const row of tables[table]) fresh(row.id);
  }
  // Gate items are referenced by requirements' ticks, so they take new ids as rows do.
  for (const stage of tables.stages) for (const item of stage.gate.items) fresh(item.id);
  const to = (id: string) => ids.get(id) ?? id;
  const owner = (id: string | null) => (id === null ? null : (ids.get(id) ?? null));
  const simple = <T extends { id: string; productId: string }>(row: T): T => ({
    ...row,
    id: to(row.id),
    productId: to(row.productId),
  });
  // Links to rows outside the file are dropped rather than pointed into another product.
  const known = (list: string[]) => list.filter((id) => ids.has(id)).map(to);

  // A saved view's stages and people follow theirs; "no owner" is not an id.
  const viewQuery = (query: string) => {
    const filters = decodeFilters(query);
    const owners = filters.owners.filter((id) => id === NO_OWNER || ids.has(id)).map(to);
    return encodeFilters({ ...filters, stages: known(filters.stages), owners });
  };

  // A flow stage of the file follows its stage; one outside it reads as the default (null).
  const stageChoice = (id: string | null) => (id !== null && ids.has(id) ? to(id) : null);

  return {
    products: tables.products.map((row) => ({
      ...simple(row),
      settings: {
        ...row.settings,
        flowStartStageId: stageChoice(row.settings.flowStartStageId),
        flowDoneStageId: stageChoice(row.settings.flowDoneStageId),
      },
    })),
    stages: tables.stages.map((row) => ({
      ...simple(row),
      gate: { ...row.gate, items: row.gate.items.map((item) => ({ ...item, id: to(item.id) })) },
    })),
    members: tables.members.map(simple),
    tags: tables.tags.map(simple),
    lanes: tables.lanes.map(simple),
    initiatives: tables.initiatives.map((row) => ({
      ...row,
      id: to(row.id),
      productId: to(row.productId),
      laneId: to(row.laneId),
      ownerId: owner(row.ownerId),
    })),
    requirements: tables.requirements.map((row) => ({
      ...row,
      id: to(row.id),
      productId: to(row.productId),
      stageId: to(row.stageId),
      ownerId: owner(row.ownerId),
      initiativeId: row.initiativeId === null ? null : to(row.initiativeId),
      iterationId: row.iterationId === null ? null : to(row.iterationId),
      notes: row.notes.map((note) => ({ ...note, authorId: owner(note.authorId) })),
      gateTicks: known(row.gateTicks),
    })),
    iterations: tables.iterations.map((row) => ({
      ...simple(row),
      memberCapacity: row.memberCapacity
        .filter((m) => ids.has(m.memberId))
        .map((m) => ({ ...m, memberId: to(m.memberId) })),
    })),
    templates: tables.templates.map(simple),
    savedViews: tables.savedViews.map((row) => ({ ...simple(row), query: viewQuery(row.query) })),
    competitors: tables.competitors.map(simple),
    feedback: tables.feedback.map((row) => ({ ...simple(row), requirementIds: known(row.requirementIds) })),
    capabilities: tables.capabilities.map((row) => ({
      ...simple(row),
      requirementIds: known(row.requirementIds),
      cells: Object.fromEntries(
        Object.entries(row.cells)
          .filter(([id]) => ids.has(id))
          .map(([id, cell]) => [to(id), cell]),
      ),
    })),
    events: tables.events.map((row) => ({
      ...row,
      id: to(row.id),
      productId: to(row.productId),
      entityId: to(row.entityId),
      data: Object.fromEntries(
        Object.entries(row.data).map(([key, value]) => [
          key,
          isIdKey(key) && typeof value === 'string' ? to(value) : value,
        ]),
      ),
    })),
  };
}
