import type Dexie from 'dexie';

/**
 * Version 3: what imports bring in. Requirements gain notes, links, a start
 * date, an estimate and "due done"; tag colours live per product in `tags`
 * (one row per coloured tag name). Older rows get empty/neutral values so
 * every row matches requirementSchema again.
 */
export function applyVersion3(db: Dexie): void {
  db.version(3)
    .stores({ tags: 'id, productId, [productId+name]' })
    .upgrade((tx) =>
      tx
        .table('requirements')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          if (row.notes === undefined) row.notes = [];
          if (row.links === undefined) row.links = [];
          if (row.startDate === undefined) row.startDate = null;
          if (row.estimate === undefined) row.estimate = null;
          if (row.dueDone === undefined) row.dueDone = false;
        }),
    );
}
