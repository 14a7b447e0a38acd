import type Dexie from 'dexie';

/**
 * Version 1. The board reads one compound index, [productId+state+stageId+rank]:
 * a range over it yields a product's active requirements already grouped by
 * stage and ordered by rank, and a stage's count without loading rows.
 */
export function applyVersion1(db: Dexie): void {
  db.version(1).stores({
    products: 'id, createdAt',
    stages: 'id, productId, [productId+rank]',
    requirements: 'id, productId, [productId+state+stageId+rank], [productId+updatedAt]',
    members: 'id, productId',
    events: 'id, productId, entityId, [productId+at]',
    meta: 'key',
  });
}
