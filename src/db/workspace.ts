// The requirements workspace beyond the board: duplicate, archive and trash
// lists, purging the trash, description templates and tag colours.
import { CairnWriteError } from '../domain/errors';
import { assertStageRoom, eventsFor, assertFound, assertLive, checkVersion } from './writePath';
import { rankBetween } from '../domain/ranking';
import { isPurgeable, purgeCutoff } from '../domain/requirements/trash';
import { templateSchema, type Template, type TemplateKind } from '../domain/templates/types';
import { tagSchema, type Env, type Requirement, type Tag } from '../domain/types';
import type { CairnDatabase } from './database';
import { checkedRow } from './checkedRow';
import { newTemplate } from '../domain/rows/workspace';
import { newTag } from '../domain/rows/product';
import { BOARD_INDEX, stageRange } from './boardIndex';

export interface TemplateInput {
  kind: TemplateKind;
  name: string;
  body: string;
}

export function createWorkspaceRepository(db: CairnDatabase, env: Env) {
  const event = eventsFor(env);

  async function listInState(productId: string, state: 'archived' | 'deleted'): Promise<Requirement[]> {
    const [lower, upper] = stageRange(productId, state);
    const rows = await db.requirements.where(BOARD_INDEX).between(lower, upper, true, true).toArray();
    // Most recently archived or trashed first.
    return rows.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }

  async function tagRow(productId: string, name: string, guard?: TagGuard): Promise<Tag | undefined> {
    const row = await db.tags.where('[productId+name]').equals([productId, name]).first();
    checkVersion(row ?? { version: 0 }, guard, name, `Tag ${name} changed since`);
    return row;
  }

  return {
    /**
     * A copy of a requirement right after it in its stage: a new id, the title
     * with `suffix`, no notes (they were said about the original), one event.
     */
    async duplicateRequirement(id: string, suffix: string): Promise<Requirement> {
      return db.transaction('rw', db.requirements, db.events, db.stages, async () => {
        const original = await db.requirements.get(id);
        assertFound(original, `Requirement ${id} does not exist`);
        const stage = await db.stages.get(original.stageId);
        assertLive(stage, `Stage ${original.stageId} does not exist`);
        const [, upper] = stageRange(original.productId, 'active', original.stageId);
        await assertStageRoom(db, stage, 1);
        // The copy goes between the original and the card below it.
        const below =
          original.state === 'active'
            ? await db.requirements
                .where(BOARD_INDEX)
                .between([original.productId, 'active', original.stageId, original.rank], upper, false, true)
                .first()
            : undefined;
        const at = env.now();
        const copy: Requirement = {
          ...original,
          id: env.newId(),
          title: `${original.title}${suffix}`.slice(0, 500),
          acceptanceCriteria: original.acceptanceCriteria.map((item) => ({ ...item, id: env.newId() })),
          links: original.links.map((link) => ({ ...link, id: env.newId() })),
          notes: [],
          state: 'active',
          dueDone: false,
          rank: rankBetween(original.rank, below?.rank ?? null),
          createdAt: at,
          updatedAt: at,
          version: 1,
        };
        await db.requirements.add(copy);
        await db.events.add(
          event(copy.productId, copy.id, 'requirement.created', {
            stageId: copy.stageId,
            title: copy.title,
            duplicatedFrom: original.id,
          }),
        );
        return copy;
      });
    },

    listArchived: (productId: string) => listInState(productId, 'archived'),
    listTrash: (productId: string) => listInState(productId, 'deleted'),

    /**
     * Deletes for good the trashed requirements of a product that went to the
     * trash more than 30 days ago, in one transaction, with a
     * 'requirement.purged' event each; feedback and capabilities stop pointing
     * at them. Returns how many were purged.
     */
    async purgeTrash(productId: string): Promise<number> {
      return db.transaction('rw', [db.requirements, db.events, db.feedback, db.capabilities], async () => {
        const cutoff = purgeCutoff(env.now());
        const [lower, upper] = stageRange(productId, 'deleted');
        const rows = (await db.requirements.where(BOARD_INDEX).between(lower, upper, true, true).toArray()).filter(
          (row) => isPurgeable(row, cutoff),
        );
        if (rows.length === 0) return 0;
        const ids = rows.map((row) => row.id);
        const gone = new Set(ids);
        await db.requirements.bulkDelete(ids);
        await db.events.bulkAdd(
          rows.map((row) => event(productId, row.id, 'requirement.purged', { title: row.title })),
        );
        const unlink = (row: { requirementIds: string[] }) => {
          row.requirementIds = row.requirementIds.filter((rid) => !gone.has(rid));
        };
        await db.feedback.where('requirementIds').anyOf(ids).modify(unlink);
        await db.capabilities.where('requirementIds').anyOf(ids).modify(unlink);
        return rows.length;
      });
    },

    /** The product's saved templates (built-in kinds it edited, and its own), deleted ones included. */
    listTemplates: (productId: string) => db.templates.where('productId').equals(productId).toArray(),

    /**
     * Saves a template: `id` null adds a row (the product's first edit of a
     * built-in kind, or a custom template), otherwise updates that row.
     */
    async saveTemplate(
      productId: string,
      id: string | null,
      input: TemplateInput,
      guard?: { ifVersion?: number },
    ): Promise<Template> {
      return db.transaction('rw', db.templates, db.events, async () => {
        const at = env.now();
        const existing = id === null ? undefined : await db.templates.get(id);
        if (id !== null && (!existing || existing.productId !== productId))
          throw new CairnWriteError('notFound', `Template ${id} does not exist`);
        if (existing) checkVersion(existing, guard, existing.name, `Template ${id} changed since`);
        let rank = existing?.rank;
        if (rank === undefined) {
          const ranks = (await db.templates.where('productId').equals(productId).toArray()).map((t) => t.rank).sort();
          rank = rankBetween(ranks.at(-1) ?? null, null);
        }
        const name = input.name.trim();
        const candidate = existing
          ? { ...existing, name, body: input.body, deleted: false, updatedAt: at, version: existing.version + 1 }
          : newTemplate(env, { productId, kind: input.kind, name, body: input.body, rank, at });
        const template = checkedRow(templateSchema, candidate);
        await db.templates.put(template);
        await db.events.add(
          event(productId, template.id, existing ? 'template.edited' : 'template.created', {
            kind: template.kind,
            name: template.name,
          }),
        );
        return template;
      });
    },

    /** Deletes a template row (soft); for a built-in kind the translated default is offered again. */
    async deleteTemplate(id: string, guard?: { ifVersion?: number }): Promise<Template> {
      return db.transaction('rw', db.templates, db.events, async () => {
        const row = await db.templates.get(id);
        assertFound(row, `Template ${id} does not exist`);
        checkVersion(row, guard, row.name, `Template ${id} changed since`);
        if (row.deleted) return row;
        const deleted = { ...row, deleted: true, updatedAt: env.now(), version: row.version + 1 };
        await db.templates.put(deleted);
        await db.events.add(event(row.productId, id, 'template.deleted', { kind: row.kind, name: row.name }));
        return deleted;
      });
    },

    /**
     * Sets a tag's colour within a product. There is no tag event type: a tag's
     * colour is a product setting, so it is logged as one.
     */
    async setTagColor(productId: string, name: string, color: string, guard?: TagGuard): Promise<Tag> {
      return db.transaction('rw', db.tags, db.events, async () => {
        const existing = await tagRow(productId, name, guard);
        const at = env.now();
        const candidate: Tag = existing
          ? { ...existing, color, updatedAt: at, version: existing.version + 1 }
          : newTag(env, { productId, name, color, at });
        const tag = checkedRow(tagSchema, candidate);
        if (existing && existing.color === tag.color) return existing;
        await db.tags.put(tag);
        await db.events.add(
          event(productId, tag.id, 'product.settingsChanged', {
            tag: name,
            color: { from: existing?.color ?? null, to: color },
          }),
        );
        return tag;
      });
    },

    /** Back to the default look (undo of a tag's first colour): the row goes, as it never was. */
    async clearTagColor(productId: string, name: string, guard?: TagGuard): Promise<void> {
      await db.transaction('rw', db.tags, db.events, async () => {
        const existing = await tagRow(productId, name, guard);
        if (!existing) return;
        await db.tags.delete(existing.id);
        await db.events.add(
          event(productId, existing.id, 'product.settingsChanged', {
            tag: name,
            color: { from: existing.color, to: null },
          }),
        );
      });
    },
  };
}

/** A tag without a row stands at version 0 for the guard (undo of its first colour expects it absent). */
type TagGuard = { ifVersion?: number };

export type WorkspaceRepository = ReturnType<typeof createWorkspaceRepository>;
