// Writes a generated sample product (Settings → Data, and the benchmark's seed).
import type { DemoData } from '../domain/demo';
import type { SampleOptions } from '../domain/sample';
import type { CairnEvent, Env } from '../domain/types';
import type { CairnDatabase } from './database';

/** Rows per bulkAdd: big enough to be fast, small enough for progress to move at 10,000. */
export const SAMPLE_BATCH_SIZE = 1_000;

export type SampleProgress = (written: number, total: number) => void;

/**
 * Splits the events so each batch carries the creation events of its own
 * requirements; events about anything else (product, members) go first.
 */
function eventsByBatch(data: DemoData): CairnEvent[][] {
  const batchOf = new Map<string, number>();
  data.requirements.forEach((r, i) => batchOf.set(r.id, Math.floor(i / SAMPLE_BATCH_SIZE)));
  const batches: CairnEvent[][] = Array.from(
    { length: Math.max(1, Math.ceil(data.requirements.length / SAMPLE_BATCH_SIZE)) },
    () => [],
  );
  for (const e of data.events) batches[batchOf.get(e.entityId) ?? 0]?.push(e);
  return batches;
}

/** The tables a whole product is written to (see addProductRows). */
export function productTables(db: CairnDatabase) {
  return [
    db.products,
    db.stages,
    db.members,
    db.requirements,
    db.events,
    db.lanes,
    db.initiatives,
    db.feedback,
    db.competitors,
    db.capabilities,
    db.iterations,
  ];
}

/**
 * Adds a whole product (the demo, a sample): product, stages, team, roadmap,
 * then requirements and their events in batches, with `onProgress(written,
 * total)` after each. Call inside a transaction on productTables(db).
 */
export async function addProductRows(db: CairnDatabase, data: DemoData, onProgress?: SampleProgress): Promise<void> {
  const { product, stages, members, requirements, lanes, initiatives } = data;
  const events = eventsByBatch(data);
  const total = requirements.length;
  await db.products.add(product);
  await db.stages.bulkAdd(stages);
  await db.members.bulkAdd(members);
  await db.lanes.bulkAdd(lanes);
  await db.initiatives.bulkAdd(initiatives);
  if (data.feedback) await db.feedback.bulkAdd(data.feedback);
  if (data.competitors) await db.competitors.bulkAdd(data.competitors);
  if (data.capabilities) await db.capabilities.bulkAdd(data.capabilities);
  if (data.iterations) await db.iterations.bulkAdd(data.iterations);
  // Only Dexie promises are awaited in here: awaiting anything else (a timer for a
  // repaint) would let IndexedDB commit the transaction half-way.
  for (let batch = 0; batch < events.length; batch++) {
    const from = batch * SAMPLE_BATCH_SIZE;
    const rows = requirements.slice(from, from + SAMPLE_BATCH_SIZE);
    if (rows.length > 0) await db.requirements.bulkAdd(rows);
    await db.events.bulkAdd(events[batch] ?? []);
    if (rows.length > 0) onProgress?.(from + rows.length, total);
  }
}

export function createSampleRepository(db: CairnDatabase, env: Env) {
  return {
    /**
     * A sample product with ids and timestamps from this database's env. Pure work; may
     * take a moment at 10,000. The phrase tables load on demand, not with the board.
     */
    async generateSampleProduct(options: SampleOptions): Promise<DemoData> {
      const { generateSampleProduct } = await import('../domain/sample');
      return generateSampleProduct(options, env);
    },

    /**
     * Writes the whole product in one transaction: all of it or, on any
     * failure, none of it. Requirements and their events go in batches, with
     * `onProgress(requirementsWritten, total)` after each. Returns the product id.
     */
    async writeSampleProduct(data: DemoData, onProgress?: SampleProgress): Promise<string> {
      await db.transaction('rw', productTables(db), () => addProductRows(db, data, onProgress));
      return data.product.id;
    },
  };
}
