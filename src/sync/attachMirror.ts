// Where the Dexie ↔ Y.Doc mirror plugs into a product's connection: the app's
// own database, the product's doc. Loaded with the connection, never at start-up.
import type { Doc } from 'yjs';
import { repositories } from '../db';
import { startMirror } from './mirror';

export type AttachMirror = (doc: Doc, productId: string) => { stop(): void };

export const attachMirror: AttachMirror = (doc, productId) => startMirror(repositories.db, doc, productId);
