// Saved views: named filters of a product. Each write is one transaction with its event.
import type { Env } from '../domain/types';
import { savedViewSchema, type SavedView } from '../domain/views/types';
import type { CairnDatabase } from './database';
import { checkedRow } from './checkedRow';
import { newSavedView } from '../domain/rows/workspace';
import { newEvent, assertFound, assertLive, checkVersion } from './writePath';

export function createViewRepository(db: CairnDatabase, env: Env) {
  return {
    /** A product's saved views, by name. */
    async listViews(productId: string): Promise<SavedView[]> {
      const rows = await db.savedViews.where('productId').equals(productId).toArray();
      return rows.filter((v) => !v.deleted).sort((a, b) => a.name.localeCompare(b.name));
    },

    /** Saves `query` under `name`; a view of the same name is replaced, as a person saving again expects. */
    async saveView(productId: string, name: string, query: string): Promise<SavedView> {
      return db.transaction('rw', db.savedViews, db.events, async () => {
        const trimmed = name.trim();
        const existing = (await db.savedViews.where('productId').equals(productId).toArray()).find(
          (v) => !v.deleted && v.name === trimmed,
        );
        const at = env.now();
        const row: SavedView = existing
          ? { ...existing, query, updatedAt: at, version: existing.version + 1 }
          : newSavedView(env, { productId, name: trimmed, query, at });
        const valid = checkedRow(savedViewSchema, row);
        await db.savedViews.put(valid);
        await db.events.add(newEvent(env, productId, row.id, 'view.saved', { name: trimmed }, at));
        return valid;
      });
    },

    /** Moves a view to the trash (soft delete, like every row). `guard.ifVersion` (undo, redo): only if unchanged since. */
    async deleteView(id: string, guard?: { ifVersion?: number }): Promise<SavedView> {
      return db.transaction('rw', db.savedViews, db.events, async () => {
        const row = await db.savedViews.get(id);
        assertLive(row, `Saved view ${id} does not exist`);
        checkVersion(row, guard, row.name, `Saved view ${id} changed since`);
        const at = env.now();
        const deleted = { ...row, deleted: true, updatedAt: at, version: row.version + 1 };
        await db.savedViews.put(deleted);
        await db.events.add(newEvent(env, row.productId, id, 'view.deleted', { name: row.name }, at));
        return deleted;
      });
    },

    /** Puts a view back with `query` (undo and redo of a save or a delete), from the trash if need be. */
    async restoreView(id: string, query: string, guard?: { ifVersion?: number }): Promise<SavedView> {
      return db.transaction('rw', db.savedViews, db.events, async () => {
        const row = await db.savedViews.get(id);
        assertFound(row, `Saved view ${id} does not exist`);
        checkVersion(row, guard, row.name, `Saved view ${id} changed since`);
        const at = env.now();
        const restored = checkedRow(savedViewSchema, {
          ...row,
          query,
          deleted: false,
          updatedAt: at,
          version: row.version + 1,
        });
        await db.savedViews.put(restored);
        await db.events.add(newEvent(env, row.productId, id, 'view.saved', { name: row.name }, at));
        return restored;
      });
    },
  };
}

export type ViewRepository = ReturnType<typeof createViewRepository>;
