import type Dexie from 'dexie';
import { upgradeTables } from './upgradeTables';

/**
 * Version 4: the requirements workspace (scores, source, success metric,
 * feedback, competitors, templates, saved views), iterations and daily
 * snapshots. Requirements gain scoring fields and an iteration; stages say
 * whether reaching them means done; products carry their settings.
 */
export function applyVersion4(db: Dexie): void {
  db.version(4)
    .stores({
      requirements: 'id, productId, [productId+state+stageId+rank], [productId+updatedAt], initiativeId, iterationId',
      iterations: 'id, productId, [productId+state]',
      feedback: 'id, productId, *requirementIds',
      competitors: 'id, productId',
      capabilities: 'id, productId, *requirementIds',
      templates: 'id, productId',
      savedViews: 'id, productId',
      snapshots: 'id, &day',
    })
    .upgrade((tx) => upgradeTables(tx, 4));
}
