// Where the Dexie ↔ Y.Doc mirror plugs into a product's connection (issue 15).
// The mirror (src/sync/mirror, `startMirror(db, doc, productId, opts)`) is built
// on its own branch; until it is wired here, a product's doc syncs with the
// server but the board does not read from or write to it.
import type { Doc } from 'yjs';

export type AttachMirror = (doc: Doc, productId: string) => { stop(): void };

export const attachMirror: AttachMirror = () => ({ stop() {} });
