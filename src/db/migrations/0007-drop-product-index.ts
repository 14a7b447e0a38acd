import type Dexie from 'dexie';

/**
 * Version 7: requirements lose their own `productId` index. The board index
 * `[productId+state+stageId+rank]` starts with the product, and a product's
 * rows are read from it (`requirementsOfProduct` in boardIndex.ts). Every
 * requirement write kept the extra index up to date: about 40 ms of a
 * 10,000-row import (issue 16), and one more index entry per move.
 * Rows are unchanged, so there is no upgrade step.
 */
export function applyVersion7(db: Dexie): void {
  db.version(7).stores({
    requirements: 'id, [productId+state+stageId+rank], initiativeId, iterationId',
  });
}
