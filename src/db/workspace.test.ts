import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CairnWriteError } from '../domain/errors';
import type { Env } from '../domain/types';
import { createRepositories } from './allRepositories';
import { CairnDatabase } from './database';

let counter = 0;

/** Repositories on a fresh database whose clock the test sets. */
async function setUp() {
  const clock = { now: '2026-01-01T00:00:00.000Z' };
  const env: Env = { now: () => clock.now, newId: () => `w-${++counter}` };
  const repos = createRepositories(new CairnDatabase(`workspace-test-${++counter}`), env);
  const product = await repos.products.createProduct('Test product');
  const stages = await repos.stages.listStages(product.id);
  const inbox = stages.find((s) => s.key === 'inbox');
  if (!inbox) throw new Error('no inbox');
  return { repos, product, inbox, clock };
}

describe('duplicateRequirement', () => {
  it('adds a copy with a new id and the suffix right after the original, and logs where it came from', async () => {
    const { repos, product, inbox } = await setUp();
    const below = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'Below' });
    const original = await repos.requirements.createRequirement(product.id, inbox.id, {
      title: 'Original',
      priority: 'P1',
    });
    await repos.requirements.editRequirement(original.id, {
      tags: ['growth'],
      acceptanceCriteria: [{ id: 'c1', text: 'Works offline', done: true }],
      notes: [{ id: 'n1', authorId: null, at: '2026-01-01T00:00:00.000Z', text: 'said about the original' }],
    });

    const copy = await repos.workspace.duplicateRequirement(original.id, ' (copy)');

    expect(copy.id).not.toBe(original.id);
    expect(copy).toMatchObject({
      title: 'Original (copy)',
      priority: 'P1',
      tags: ['growth'],
      stageId: inbox.id,
      state: 'active',
      notes: [],
      version: 1,
    });
    expect(copy.acceptanceCriteria.map((c) => c.text)).toEqual(['Works offline']);
    expect(copy.acceptanceCriteria[0]?.id).not.toBe('c1');
    const board = await repos.requirements.listBoardRequirements(product.id);
    expect(board.map((r) => r.title)).toEqual(['Original', 'Original (copy)', 'Below']);
    expect(below.id).toBeTruthy();
    const events = await repos.db.events.where('entityId').equals(copy.id).toArray();
    expect(events).toEqual([
      expect.objectContaining({
        type: 'requirement.created',
        data: expect.objectContaining({ duplicatedFrom: original.id }),
      }),
    ]);
    // The original is untouched.
    expect((await repos.requirements.getRequirement(original.id))?.notes).toHaveLength(1);
  });

  it('refuses a stage at a blocking WIP limit and writes nothing', async () => {
    const { repos, product, inbox } = await setUp();
    const original = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'Only one' });
    await repos.stages.updateStage(inbox.id, { wipLimit: 1, wipMode: 'block' });
    const events = await repos.db.events.count();
    await expect(repos.workspace.duplicateRequirement(original.id, ' (copy)')).rejects.toBeInstanceOf(CairnWriteError);
    expect(await repos.db.requirements.count()).toBe(1);
    expect(await repos.db.events.count()).toBe(events);
  });
});

describe('purgeTrash', () => {
  it('deletes for good only what went to the trash more than 30 days ago, with a purged event each', async () => {
    const { repos, product, inbox, clock } = await setUp();
    const old = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'Old' });
    const recent = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'Recent' });
    const archived = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'Archived long ago' });
    const active = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'Active' });
    await repos.requirements.deleteRequirement(old.id);
    await repos.requirements.archiveRequirement(archived.id);
    clock.now = '2026-01-20T00:00:00.000Z';
    await repos.requirements.deleteRequirement(recent.id);
    await repos.db.feedback.add({
      id: 'f1',
      productId: product.id,
      text: 'Please',
      customer: '',
      segment: '',
      channel: 'other',
      date: '2026-01-01',
      url: null,
      requirementIds: [old.id, active.id],
      createdAt: clock.now,
      updatedAt: clock.now,
      version: 1,
      deleted: false,
    });

    clock.now = '2026-02-05T00:00:00.000Z';
    expect(await repos.workspace.purgeTrash(product.id)).toBe(1);

    expect(await repos.requirements.getRequirement(old.id)).toBeUndefined();
    expect((await repos.requirements.getRequirement(recent.id))?.state).toBe('deleted');
    expect((await repos.requirements.getRequirement(archived.id))?.state).toBe('archived');
    expect((await repos.requirements.getRequirement(active.id))?.state).toBe('active');
    const purged = await repos.db.events
      .where('entityId')
      .equals(old.id)
      .filter((e) => e.type === 'requirement.purged')
      .toArray();
    expect(purged).toHaveLength(1);
    expect((await repos.db.feedback.get('f1'))?.requirementIds).toEqual([active.id]);
    expect(await repos.workspace.purgeTrash(product.id)).toBe(0);
  });

  it('is one transaction: a failure part-way leaves every row in the trash', async () => {
    const { repos, product, inbox, clock } = await setUp();
    const a = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'A' });
    const b = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'B' });
    await repos.requirements.deleteRequirement(a.id);
    await repos.requirements.deleteRequirement(b.id);
    clock.now = '2026-03-01T00:00:00.000Z';
    repos.db.events.hook('creating', (_key, row) => {
      if (row.type === 'requirement.purged' && row.entityId === b.id) throw new Error('disk hiccup');
    });
    await expect(repos.workspace.purgeTrash(product.id)).rejects.toThrow();
    expect((await repos.workspace.listTrash(product.id)).map((r) => r.title).sort()).toEqual(['A', 'B']);
  });
});

describe('archive and trash lists', () => {
  it('list each state apart, most recent first, and restore puts a row back on the board', async () => {
    const { repos, product, inbox, clock } = await setUp();
    const a = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'A' });
    const b = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'B' });
    const c = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'C' });
    await repos.requirements.deleteRequirement(a.id);
    clock.now = '2026-01-02T00:00:00.000Z';
    await repos.requirements.deleteRequirement(b.id);
    await repos.requirements.archiveRequirement(c.id);
    expect((await repos.workspace.listTrash(product.id)).map((r) => r.title)).toEqual(['B', 'A']);
    expect((await repos.workspace.listArchived(product.id)).map((r) => r.title)).toEqual(['C']);
    await repos.requirements.restoreRequirement(b.id);
    expect((await repos.requirements.listBoardRequirements(product.id)).map((r) => r.title)).toEqual(['B']);
  });
});

describe('restore from the trash', () => {
  it('writes a requirement.restored event with the state it left, in the same write as the row', async () => {
    const { repos, product, inbox } = await setUp();
    const row = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'Back again' });
    const trashed = await repos.requirements.deleteRequirement(row.id);
    const restored = await repos.requirements.restoreRequirement(row.id, { ifVersion: trashed.version });
    expect(restored).toMatchObject({ state: 'active', version: trashed.version + 1 });
    const events = await repos.db.events.where('entityId').equals(row.id).sortBy('at');
    expect(events.map((e) => e.type)).toEqual(['requirement.created', 'requirement.deleted', 'requirement.restored']);
    expect(events.at(-1)).toMatchObject({ productId: product.id, data: { from: 'deleted', to: 'active' } });
  });
});

describe('templates', () => {
  it('saves a product’s edited copy of a built-in kind, adds custom ones, and deletes back to the default', async () => {
    const { repos, product } = await setUp();
    const prd = await repos.workspace.saveTemplate(product.id, null, { kind: 'prd', name: 'Our PRD', body: '## Why' });
    await repos.workspace.saveTemplate(product.id, prd.id, {
      kind: 'prd',
      name: 'Our PRD v2',
      body: '## Why\n## What',
    });
    await repos.workspace.saveTemplate(product.id, null, { kind: 'custom', name: 'Experiment', body: '## Hypothesis' });
    let rows = await repos.workspace.listTemplates(product.id);
    expect(rows.map((r) => [r.kind, r.name, r.version])).toEqual([
      ['prd', 'Our PRD v2', 2],
      ['custom', 'Experiment', 1],
    ]);
    await repos.workspace.deleteTemplate(prd.id);
    rows = await repos.workspace.listTemplates(product.id);
    expect(rows.find((r) => r.id === prd.id)?.deleted).toBe(true);
    const types = (await repos.db.events.where('entityId').equals(prd.id).toArray()).map((e) => e.type);
    expect(types).toEqual(['template.created', 'template.edited', 'template.deleted']);
  });

  it('refuses a template without a name and writes nothing', async () => {
    const { repos, product } = await setUp();
    await expect(
      repos.workspace.saveTemplate(product.id, null, { kind: 'custom', name: '  ', body: '' }),
    ).rejects.toBeInstanceOf(CairnWriteError);
    expect(await repos.workspace.listTemplates(product.id)).toEqual([]);
  });
});

describe('setTagColor', () => {
  it('adds or recolours the product’s tag row with an event, and refuses a colour that is not #rrggbb', async () => {
    const { repos, product } = await setUp();
    await repos.workspace.setTagColor(product.id, 'growth', '#1971c2');
    await repos.workspace.setTagColor(product.id, 'growth', '#e03131');
    expect((await repos.products.listTags(product.id)).map((t) => [t.name, t.color])).toEqual([['growth', '#e03131']]);
    await expect(repos.workspace.setTagColor(product.id, 'growth', 'red')).rejects.toBeInstanceOf(CairnWriteError);
    expect((await repos.products.listTags(product.id))[0]?.color).toBe('#e03131');
  });
});

describe('edited events', () => {
  it('carry the before and after values of short fields, and only the names of long ones', async () => {
    const { repos, product, inbox } = await setUp();
    const row = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'A' });
    await repos.requirements.editRequirement(row.id, { priority: 'P1', description: 'long text' });
    const edited = (await repos.db.events.where('entityId').equals(row.id).toArray()).find(
      (e) => e.type === 'requirement.edited',
    );
    expect(edited?.data).toEqual({
      fields: ['description', 'priority'],
      changes: { priority: { from: 'P2', to: 'P1' } },
    });
  });
});
