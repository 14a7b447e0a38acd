import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../domain/import/csv';
import { decodeBytes } from '../domain/import/encoding';
import { parseJira } from '../domain/import/jira';
import { defaultMapping, type ImportPlan } from '../domain/import/plan';
import { toTable } from '../domain/import/table';
import { parseTrello } from '../domain/import/trello';
import { requirementSchema } from '../domain/types';
import { createImportRepository, IMPORT_WRITE_BATCH } from './import';
import { openTestRepositories, testEnv } from './testing/testDb';
import { requirementsOfProduct } from './boardIndex';

const trello = parseTrello(readFileSync('e2e/fixtures/trello-how-goes-it-en.json', 'utf8'));
const jira = parseJira(
  toTable(parseCsv(decodeBytes(new Uint8Array(readFileSync('e2e/fixtures/jira-pdp-scrum-en.csv'))).text)),
);

async function setup() {
  const repos = openTestRepositories();
  const db = repos.db;
  return { repos, db, importer: createImportRepository(db, testEnv()) };
}

async function snapshot(db: Awaited<ReturnType<typeof setup>>['db']) {
  return {
    products: await db.products.count(),
    stages: await db.stages.count(),
    members: await db.members.count(),
    requirements: await db.requirements.count(),
    tags: await db.tags.count(),
    lanes: await db.lanes.count(),
    initiatives: await db.initiatives.count(),
  };
}

describe('applyImport', () => {
  it('writes the Trello board into a new product: stages in list order, ranks in pos order, all fields', async () => {
    const { db, importer } = await setup();
    const result = await importer.applyImport(trello, defaultMapping(trello), { kind: 'new', name: trello.name });
    expect(result).toMatchObject({ productCreated: true, requirements: 40 });
    const product = await db.products.get(result.productId);
    expect(product?.name).toBe('How Goes It? - Public Board');
    const stages = await db.stages.where('productId').equals(result.productId).sortBy('rank');
    expect(stages.map((s) => s.key ?? s.name)).toEqual([
      'inbox',
      'Blocked by Dependencies',
      'Available to Pickup',
      'analysis',
      'development',
      'review',
      'released',
    ]);
    const rows = await requirementsOfProduct(db, result.productId).toArray();
    expect(rows).toHaveLength(40);
    for (const row of rows) expect(requirementSchema.safeParse(row).success).toBe(true);
    expect(rows.filter((r) => r.state === 'archived')).toHaveLength(1);
    expect(rows.flatMap((r) => r.notes)).toHaveLength(17);
    expect(rows.flatMap((r) => r.acceptanceCriteria).filter((c) => c.done)).toHaveLength(5);
    expect(await db.members.where('productId').equals(result.productId).count()).toBe(8);
    expect(
      (await db.tags.where('productId').equals(result.productId).toArray()).map((t) => t.name).sort(),
    ).toHaveLength(8);
    // Ranks reproduce Trello's order inside each list.
    for (const stage of trello.stages) {
      const expected = trello.requirements.filter((r) => r.stageKey === stage.key).map((r) => r.title);
      const stageId = stages[trello.stages.indexOf(stage)]?.id;
      const actual = rows
        .filter((r) => r.stageId === stageId)
        .sort((a, b) => (a.rank < b.rank ? -1 : 1))
        .map((r) => r.title);
      expect(actual).toEqual(expected);
    }
    const owned = rows.find((r) => r.ownerId !== null);
    expect(await db.members.get(owned?.ownerId ?? '')).toBeDefined();
  });

  it('writes Jira with mapped statuses and priorities, epics as initiatives in an Imported lane', async () => {
    const { db, repos, importer } = await setup();
    const product = await repos.products.createProduct('Existing');
    const stages = await db.stages.where('productId').equals(product.id).sortBy('rank');
    const mapping = defaultMapping(jira);
    mapping.stages['In Review'] = `stage:${stages[4]?.id}`; // testing
    mapping.priorities.Highest = 'P1';
    const before = await snapshot(db);
    const result = await importer.applyImport(jira, mapping, { kind: 'existing', productId: product.id });
    expect(result.productCreated).toBe(false);
    const after = await snapshot(db);
    // All four statuses map onto existing lifecycle stages: no stage is created.
    expect(after.stages).toBe(before.stages);
    const rows = await requirementsOfProduct(db, product.id).toArray();
    expect(rows).toHaveLength(62);
    expect(rows.filter((r) => r.stageId === stages[4]?.id)).toHaveLength(
      jira.requirements.filter((r) => r.stageKey === 'In Review').length,
    );
    expect(rows.filter((r) => r.priority === 'P0')).toHaveLength(0);
    expect(rows.filter((r) => r.estimate !== null).length).toBeGreaterThan(0);
    const lanes = await db.lanes.where('productId').equals(product.id).toArray();
    expect(lanes.map((l) => l.name)).toEqual(['Imported']);
    expect(await db.initiatives.where('productId').equals(product.id).count()).toBe(9);
    expect(rows.filter((r) => r.initiativeId !== null).length).toBeGreaterThanOrEqual(34);

    // Sprints arrive as planned iterations holding their issues; undo takes them away with the rest.
    const iterations = await db.iterations.where('productId').equals(product.id).toArray();
    expect(iterations.map((i) => i.name).sort()).toEqual((jira.iterations ?? []).map((i) => i.name).sort());
    expect(iterations.every((i) => i.state === 'planned' && i.startDate <= i.endDate)).toBe(true);
    const sprint5 = iterations.find((i) => i.name === 'SCRUM questions Sprint 5');
    expect(rows.filter((r) => r.iterationId === sprint5?.id)).toHaveLength(
      jira.requirements.filter((r) => r.iterationKey === 'SCRUM questions Sprint 5').length,
    );
    expect(rows.some((r) => r.tags.some((t) => t.startsWith('sprint:')))).toBe(false);
    await importer.undoImport(result.batchId);
    expect(await db.iterations.where('productId').equals(product.id).count()).toBe(0);
  });

  it('writes nothing when a row breaks the schema half-way', async () => {
    const { db, importer } = await setup();
    const broken: ImportPlan = {
      ...trello,
      requirements: trello.requirements.map((r, i) => (i === 30 ? { ...r, tags: ['x'.repeat(51)] } : r)),
    };
    const before = await snapshot(db);
    // The message is checkedRow's, like every other repository's: the row, then each bad field as path: message.
    await expect(
      importer.applyImport(broken, defaultMapping(trello), { kind: 'new', name: 'B' }),
    ).rejects.toMatchObject({
      code: 'invalidInput',
      message: expect.stringMatching(/^requirement \S+: tags\.0: /) as unknown,
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a plan with blocking problems and writes nothing', async () => {
    const { db, importer } = await setup();
    const bad = parseTrello(
      JSON.stringify({ lists: [{ id: 'l', name: 'L' }], cards: [{ id: 'c', name: 'C', idList: 'l', due: 'soon' }] }),
    );
    const before = await snapshot(db);
    await expect(importer.applyImport(bad, defaultMapping(bad), { kind: 'new', name: 'B' })).rejects.toMatchObject({
      code: 'invalidInput',
    });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('applyImport and WIP hard limits', () => {
  async function existingWithLimit(limit: number, mode: 'block' | 'warn') {
    const { db, repos, importer } = await setup();
    const product = await repos.products.createProduct('Existing');
    const stages = await db.stages.where('productId').equals(product.id).sortBy('rank');
    const testing = stages[4];
    if (!testing) throw new Error('no testing stage');
    await repos.stages.updateStage(testing.id, { wipLimit: limit, wipMode: mode });
    const mapping = defaultMapping(jira);
    for (const stage of jira.stages) mapping.stages[stage.key] = `stage:${testing.id}`;
    const entering = jira.requirements.filter((r) => !r.archived).length;
    return { db, product, importer, mapping, entering };
  }

  it('refuses the whole import into an existing product when a hard-limited stage would overflow, writing nothing', async () => {
    const { db, product, importer, mapping, entering } = await existingWithLimit(1, 'block');
    expect(entering).toBeGreaterThan(1);
    const before = await snapshot(db);
    const events = await db.events.count();
    await expect(
      importer.applyImport(jira, mapping, { kind: 'existing', productId: product.id }),
    ).rejects.toMatchObject({ code: 'wipBlocked', details: { limit: 1 } });
    expect(await snapshot(db)).toEqual(before);
    expect(await db.events.count()).toBe(events);
  });

  it('imports when the stage has room for every active row, or its limit only warns', async () => {
    const room = await existingWithLimit(1_000, 'block');
    await expect(
      room.importer.applyImport(jira, room.mapping, { kind: 'existing', productId: room.product.id }),
    ).resolves.toMatchObject({ requirements: 62 });
    const warn = await existingWithLimit(1, 'warn');
    await expect(
      warn.importer.applyImport(jira, warn.mapping, { kind: 'existing', productId: warn.product.id }),
    ).resolves.toMatchObject({ requirements: 62 });
  });
});

describe('undoImport', () => {
  it('removes exactly what the import wrote, in one step', async () => {
    const { db, repos, importer } = await setup();
    const product = await repos.products.createProduct('Mine');
    const stages = await db.stages.where('productId').equals(product.id).sortBy('rank');
    const mine = await repos.requirements.createRequirement(product.id, stages[0]?.id ?? '', { title: 'Keep me' });
    const before = await snapshot(db);
    const result = await importer.applyImport(trello, defaultMapping(trello), {
      kind: 'existing',
      productId: product.id,
    });
    expect((await snapshot(db)).requirements).toBe(before.requirements + 40);
    await importer.undoImport(result.batchId);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.requirements.get(mine.id)).toBeDefined();
    // A second undo is harmless.
    await importer.undoImport(result.batchId);
    expect(await snapshot(db)).toEqual(before);
    const events = await db.events.where('entityId').equals(result.batchId).toArray();
    expect(events.map((e) => e.type).sort()).toEqual(['import.applied', 'import.undone']);
  });

  it('deletes the product the import created', async () => {
    const { db, importer } = await setup();
    const before = await snapshot(db);
    const result = await importer.applyImport(jira, defaultMapping(jira), { kind: 'new', name: 'SCRUM' });
    await importer.undoImport(result.batchId);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.products.get(result.productId)).toBeUndefined();
  });

  it('refuses, writing nothing, when a requirement it wrote was changed since', async () => {
    const { db, repos, importer } = await setup();
    const result = await importer.applyImport(jira, defaultMapping(jira), { kind: 'new', name: 'SCRUM' });
    const [imported] = await requirementsOfProduct(db, result.productId).toArray();
    await repos.requirements.updateRequirement(imported!.id, { title: 'Worked on after the import' });
    const before = await snapshot(db);
    await expect(importer.undoImport(result.batchId)).rejects.toMatchObject({
      code: 'stale',
      details: { title: 'Worked on after the import' },
    });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('applyImport at scale', () => {
  it('writes 2,500 CSV rows (quoted multi-line cells, blank lines, a BOM) in batches with progress; the reported count is the rows written', async () => {
    const { db, repos, importer } = await setup();
    const product = await repos.products.createProduct('Existing');
    const inbox = (await db.stages.where('productId').equals(product.id).toArray()).find((s) => s.key === 'inbox');
    if (!inbox) throw new Error('no inbox');
    await repos.requirements.createRequirement(product.id, inbox.id, { title: 'Already in the Inbox' });
    const lines = ['\ufeffTitle,Description'];
    for (let i = 0; i < 2_500; i++)
      lines.push(i % 10 === 0 ? `"Row ${i}","two\nlines"` : `Row ${i},`, ...(i % 100 === 0 ? [''] : []));
    const { buildGenericPlan, guessMapping } = await import('../domain/import/generic');
    const table = toTable(parseCsv(decodeBytes(new TextEncoder().encode(lines.join('\r\n'))).text));
    const plan = buildGenericPlan(table, guessMapping(table.headers), 'rows');
    expect(plan.requirements).toHaveLength(2_500);
    const progress: number[] = [];
    const before = await requirementsOfProduct(db, product.id).count();
    const result = await importer.applyImport(
      plan,
      defaultMapping(plan),
      { kind: 'existing', productId: product.id },
      (written) => progress.push(written),
    );
    const inInbox = (await requirementsOfProduct(db, product.id).toArray()).filter(
      (r) => r.stageId === inbox.id,
    ).length;
    // The toast shows result.requirements: the rows this import wrote. The Inbox column also counts what was there before.
    expect(result.requirements).toBe(2_500);
    expect(await requirementsOfProduct(db, product.id).count()).toBe(before + result.requirements);
    expect(inInbox).toBe(before + result.requirements);
    expect(progress).toEqual(
      Array.from({ length: 2_500 / IMPORT_WRITE_BATCH }, (_, i) => (i + 1) * IMPORT_WRITE_BATCH),
    );
  });

  it('Cancel half-way (after 1,500 of 2,500 rows) rolls back every batch: nothing written, the abort reason rejects', async () => {
    expect(1_500 % IMPORT_WRITE_BATCH).toBe(0);
    const { db, importer } = await setup();
    const { buildGenericPlan, guessMapping } = await import('../domain/import/generic');
    const lines = ['Title', ...Array.from({ length: 2_500 }, (_, i) => `Row ${i}`)];
    const table = toTable(parseCsv(lines.join('\n')));
    const plan = buildGenericPlan(table, guessMapping(table.headers), 'rows');
    const before = await snapshot(db);
    const eventsBefore = await db.events.count();
    const cancel = new AbortController();
    const progress: number[] = [];
    const write = importer.applyImport(
      plan,
      defaultMapping(plan),
      { kind: 'new', name: 'Cancelled' },
      (written) => {
        progress.push(written);
        if (written === 1_500) cancel.abort(new Error('cancelled by the PM'));
      },
      cancel.signal,
    );
    await expect(write).rejects.toThrow('cancelled by the PM');
    expect(progress.at(-1)).toBe(1_500);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.events.count()).toBe(eventsBefore);
  });
});
