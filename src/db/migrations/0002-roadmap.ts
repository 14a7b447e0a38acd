import type Dexie from 'dexie';
import { upgradeTables } from './upgradeTables';

/**
 * Version 2: the roadmap. Lanes and initiatives are ranked per product; a
 * requirement may belong to one initiative. Requirements without one keep
 * initiativeId null, which IndexedDB leaves out of the 'initiativeId' index,
 * so the index only holds planned requirements.
 */
export function applyVersion2(db: Dexie): void {
  db.version(2)
    .stores({
      requirements: 'id, productId, [productId+state+stageId+rank], [productId+updatedAt], initiativeId',
      lanes: 'id, productId, [productId+rank]',
      initiatives: 'id, productId, laneId, [productId+rank]',
    })
    .upgrade((tx) => upgradeTables(tx, 2));
}
