// Which version of a product's event log this tab has seen, without reading the log: a value
// that changes after every commit (this tab's or, through Dexie's BroadcastChannel, another's)
// that wrote events of the product. Counting the product's events did the same job, but a count
// scans every event (100,000 and more at scale), it ran after each write, and the next write
// waited for it (issue 16: a move's commit took up to 900 ms).
import Dexie, { type ObservabilitySet } from 'dexie';
import { rangesOf } from './mutatedKeys';
import type { CairnDatabase } from './database';

export interface LogWatch {
  /** Changes whenever events of `productId` were written since. */
  generation(productId: string): string;
  /** Calls `listener` after a commit that wrote events of `productId`; returns the unsubscribe. */
  subscribe(productId: string, listener: () => void): () => void;
}

/** The products whose events a commit wrote, or 'all' when it cannot tell (a bulk write, a range). */
export function productsWritten(db: CairnDatabase, parts: ObservabilitySet): Set<string> | 'all' | null {
  if (!(`idb://${db.name}/events/` in parts)) return null;
  const byProduct = parts[`idb://${db.name}/events/[productId+at]`];
  if (!byProduct) return 'all';
  const products = new Set<string>();
  // An added event is a range of one [productId, at] key; a range within one product names it too.
  for (const { from, to } of rangesOf(byProduct)) {
    if (!Array.isArray(from) || !Array.isArray(to) || typeof from[0] !== 'string' || from[0] !== to[0]) return 'all';
    products.add(from[0]);
  }
  return products;
}

export function createLogWatch(db: CairnDatabase): LogWatch {
  // `epoch` moves every product on; `counts` one product each.
  let epoch = 0;
  const counts = new Map<string, number>();
  const listeners = new Set<{ productId: string; listener: () => void }>();
  Dexie.on('storagemutated', (parts: ObservabilitySet) => {
    const written = productsWritten(db, parts);
    if (written === null) return;
    if (written === 'all') epoch++;
    else for (const productId of written) counts.set(productId, (counts.get(productId) ?? 0) + 1);
    for (const { productId, listener } of [...listeners]) if (written === 'all' || written.has(productId)) listener();
  });
  return {
    generation: (productId) => `${epoch}.${counts.get(productId) ?? 0}`,
    subscribe(productId, listener) {
      const entry = { productId, listener };
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
  };
}
