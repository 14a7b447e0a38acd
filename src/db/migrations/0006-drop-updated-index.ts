import type Dexie from 'dexie';

/**
 * Version 6: requirements lose the `[productId+updatedAt]` index. Nothing ever
 * queried it, yet every requirement write kept it up to date: about 6% of a
 * 10,000-row import's IndexedDB time, and one more index entry per move.
 * Rows are unchanged, so there is no upgrade step.
 */
export function applyVersion6(db: Dexie): void {
  db.version(6).stores({
    requirements: 'id, productId, [productId+state+stageId+rank], initiativeId, iterationId',
  });
}
