import type Dexie from 'dexie';
import { upgradeTables } from './upgradeTables';

/**
 * Version 3: what imports bring in. Requirements gain notes, links, a start
 * date, an estimate and "due done"; tag colours live per product in `tags`
 * (one row per coloured tag name). Older rows get empty/neutral values so
 * every row matches requirementSchema again.
 */
export function applyVersion3(db: Dexie): void {
  db.version(3)
    .stores({ tags: 'id, productId, [productId+name]' })
    .upgrade((tx) => upgradeTables(tx, 3));
}
