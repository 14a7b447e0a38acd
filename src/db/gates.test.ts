// Stage gates on the write path: move, bulk move and import into an existing product.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../domain/import/csv';
import { decodeBytes } from '../domain/import/encoding';
import { parseJira } from '../domain/import/jira';
import { defaultMapping } from '../domain/import/plan';
import { toTable } from '../domain/import/table';
import type { GateMode, StageGate } from '../domain/types';
import { createImportRepository } from './import';
import { openTestRepositories, testEnv } from './testing/testDb';

const problem = { id: 'gate-problem', label: 'Problem statement written', rule: null };
const owner = { id: 'gate-owner', label: '', rule: 'owner' as const };

async function gatedProduct(mode: GateMode) {
  const repos = openTestRepositories();
  const product = await repos.products.createProduct('Gated');
  const stages = await repos.stages.listStages(product.id);
  const [inbox, analysis, design] = stages as [(typeof stages)[0], (typeof stages)[0], (typeof stages)[0]];
  const gate: StageGate = { mode, items: [problem, owner] };
  await repos.stages.updateStage(analysis.id, { gate });
  const card = await repos.requirements.createRequirement(product.id, analysis.id, { title: 'Offline pass' });
  return { repos, product, inbox, analysis, design, card };
}

async function snapshot(repos: ReturnType<typeof openTestRepositories>) {
  return { rows: await repos.db.requirements.toArray(), events: await repos.db.events.count() };
}

describe('a strict gate', () => {
  it('refuses a move forward, naming each missing item, and writes nothing', async () => {
    const { repos, card, design } = await gatedProduct('strict');
    const before = await snapshot(repos);
    await expect(repos.requirements.moveRequirement(card.id, design.id, 'a')).rejects.toMatchObject({
      code: 'gateBlocked',
      details: { title: 'Offline pass', missing: 'Problem statement written\nrule:owner' },
    });
    expect(await snapshot(repos)).toEqual(before);
  });

  it('lets the card move on once every item is met, and never holds a move back', async () => {
    const { repos, card, design, inbox } = await gatedProduct('strict');
    await repos.requirements.moveRequirement(card.id, inbox.id, 'a');
    const back = await repos.requirements.moveRequirement(card.id, card.stageId, card.rank);
    await repos.requirements.updateRequirement(card.id, { gateTicks: [problem.id], ownerId: 'member-1' });
    const moved = await repos.requirements.moveRequirement(card.id, design.id, 'a');
    expect(back.stageId).toBe(card.stageId);
    expect(moved.stageId).toBe(design.id);
    const event = (await repos.db.events.where('entityId').equals(card.id).toArray()).at(-1);
    expect(event?.data).not.toHaveProperty('gateSkipped');
  });

  it('refuses a bulk move whole when one card misses the gate', async () => {
    const { repos, product, card, design, inbox } = await gatedProduct('strict');
    const free = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'Free' });
    const before = await snapshot(repos);
    await expect(repos.bulk.bulkUpdate([free.id, card.id], { kind: 'move', stageId: design.id })).rejects.toMatchObject(
      {
        code: 'gateBlocked',
        details: { title: 'Offline pass' },
      },
    );
    expect(await snapshot(repos)).toEqual(before);
  });

  it('refuses an import into an existing product whose rows would land past it', async () => {
    const { repos, product, design } = await gatedProduct('strict');
    const jira = parseJira(
      toTable(parseCsv(decodeBytes(new Uint8Array(readFileSync('e2e/fixtures/jira-pdp-scrum-en.csv'))).text)),
    );
    const mapping = defaultMapping(jira);
    for (const stage of jira.stages) mapping.stages[stage.key] = `stage:${design.id}`;
    const before = await snapshot(repos);
    const importer = createImportRepository(repos.db, testEnv());
    await expect(
      importer.applyImport(jira, mapping, { kind: 'existing', productId: product.id }),
    ).rejects.toMatchObject({ code: 'gateBlocked' });
    expect(await snapshot(repos)).toEqual(before);
  });
});

describe('a warn gate', () => {
  it('lets the move happen and records what was skipped in the move event', async () => {
    const { repos, card, design } = await gatedProduct('warn');
    const moved = await repos.requirements.moveRequirement(card.id, design.id, 'a');
    expect(moved.stageId).toBe(design.id);
    const event = (await repos.db.events.where('entityId').equals(card.id).toArray()).at(-1);
    expect(event).toMatchObject({
      type: 'requirement.moved',
      data: { gateSkipped: ['Problem statement written', 'rule:owner'] },
    });
  });

  it('records it for each card of a bulk move', async () => {
    const { repos, card, design } = await gatedProduct('warn');
    await repos.bulk.bulkUpdate([card.id], { kind: 'move', stageId: design.id });
    const event = (await repos.db.events.where('entityId').equals(card.id).toArray()).at(-1);
    expect(event?.data).toMatchObject({
      toStageId: design.id,
      gateSkipped: ['Problem statement written', 'rule:owner'],
    });
  });
});

describe('editing a gate', () => {
  it('refuses a gate that breaks the schema and keeps the old one', async () => {
    const { repos, analysis } = await gatedProduct('warn');
    await expect(
      repos.stages.updateStage(analysis.id, { gate: { mode: 'loud' as GateMode, items: [] } }),
    ).rejects.toMatchObject({ code: 'invalidInput' });
    expect((await repos.db.stages.get(analysis.id))?.gate.mode).toBe('warn');
  });
});
