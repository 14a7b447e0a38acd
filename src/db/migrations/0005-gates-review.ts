import type Dexie from 'dexie';
import { upgradeTables } from './upgradeTables';

/**
 * Version 5: stage gates, contributors and the review loop. No table or index
 * is new; the rows gain fields (domain/upgrades/v5.ts fills them).
 */
export function applyVersion5(db: Dexie): void {
  db.version(5)
    .stores({})
    .upgrade((tx) => upgradeTables(tx, 5));
}
