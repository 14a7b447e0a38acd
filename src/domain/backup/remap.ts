// "Add as new products": the same data under fresh ids, so it never collides
// with rows already in the database and two restores give two independent copies.
import type { BackupTables } from './format';

/** Keys of an event's data that hold ids of rows (from/to stage, linked requirement...). */
function isIdKey(key: string): boolean {
  return key.endsWith('Id') || key === 'movedTo';
}

/**
 * Every row gets a new id from `newId`; every reference to a row of the file
 * (productId, stageId, ownerId, laneId, initiativeId, an event's entityId and
 * the ids in its data) follows. An ownerId naming no member of the file
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
  for (const table of ['products', 'stages', 'members', 'tags', 'lanes', 'initiatives', 'requirements', 'events'] as const) {
    for (const row of tables[table]) fresh(row.id);
  }
  const to = (id: string) => ids.get(id) ?? id;
  const owner = (id: string | null) => (id === null ? null : (ids.get(id) ?? null));

  return {
    products: tables.products.map((row) => ({ ...row, id: to(row.id), productId: to(row.productId) })),
    stages: tables.stages.map((row) => ({ ...row, id: to(row.id), productId: to(row.productId) })),
    members: tables.members.map((row) => ({ ...row, id: to(row.id), productId: to(row.productId) })),
    tags: tables.tags.map((row) => ({ ...row, id: to(row.id), productId: to(row.productId) })),
    lanes: tables.lanes.map((row) => ({ ...row, id: to(row.id), productId: to(row.productId) })),
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
    })),
    events: tables.events.map((row) => ({
      ...row,
      id: to(row.id),
      productId: to(row.productId),
      entityId: to(row.entityId),
      data: Object.fromEntries(Object.entries(row.data).map(([key, value]) => [key, isIdKey(key) && typeof value === 'string' ? to(value) : value])),
    })),
  };
}
