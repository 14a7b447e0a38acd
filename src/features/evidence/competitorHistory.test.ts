import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { describe, expect, it } from 'vitest';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import {
  capabilityCellEntry,
  capabilityLinkEntry,
  capabilityRenameEntry,
  capabilityTrashEntry,
  competitorEditEntry,
  competitorTrashEntry,
} from './competitorHistory';

async function matrix() {
  const { product, stage } = await appProduct();
  const requirement = await repos.requirements.createRequirement(product.id, stage('inbox').id, {
    title: 'Offline mode',
  });
  const competitor = await repos.competitors.createCompetitor(product.id, { name: 'Rival' });
  const capability = await repos.competitors.createCapability(product.id, 'Offline');
  return { requirement, competitor, capability };
}

const competitorRow = async (id: string) => (await repos.db.competitors.get(id))!;
const capabilityRow = async (id: string) => (await repos.db.capabilities.get(id))!;

describe('competitor matrix history entries', () => {
  it('a competitor’s add, edit and removal each undo, redo, undo and redo', async () => {
    const { competitor } = await matrix();
    await expectRoundTrips(
      competitorTrashEntry(competitor, true),
      async () => expect((await competitorRow(competitor.id)).deleted).toBe(true),
      async () => expect((await competitorRow(competitor.id)).deleted).toBe(false),
    );
    const before = await competitorRow(competitor.id);
    const edited = (await repos.competitors.updateCompetitor(competitor.id, { note: 'Cheaper' }))!;
    await expectRoundTrips(
      competitorEditEntry(before, edited),
      async () => expect((await competitorRow(competitor.id)).note).toBe(''),
      async () => expect((await competitorRow(competitor.id)).note).toBe('Cheaper'),
    );
    const removed = await repos.competitors.deleteCompetitor(competitor.id);
    await expectRoundTrips(
      competitorTrashEntry(removed, false),
      async () => expect((await competitorRow(competitor.id)).deleted).toBe(false),
      async () => expect((await competitorRow(competitor.id)).deleted).toBe(true),
    );
  });

  it('a capability’s add, rename, cell, link and removal each undo, redo, undo and redo', async () => {
    const { capability, competitor, requirement } = await matrix();
    await expectRoundTrips(
      capabilityTrashEntry(capability, true),
      async () => expect((await capabilityRow(capability.id)).deleted).toBe(true),
      async () => expect((await capabilityRow(capability.id)).deleted).toBe(false),
    );
    const renamed = (await repos.competitors.renameCapability(capability.id, 'Works offline'))!;
    await expectRoundTrips(
      capabilityRenameEntry(capability, renamed),
      async () => expect((await capabilityRow(capability.id)).name).toBe('Offline'),
      async () => expect((await capabilityRow(capability.id)).name).toBe('Works offline'),
    );
    const cell = { level: 'has' as const, note: 'Since 2024' };
    const withCell = await repos.competitors.setCell(capability.id, competitor.id, cell);
    await expectRoundTrips(
      capabilityCellEntry({ level: 'unknown', note: '' }, withCell, competitor.id, cell),
      async () =>
        expect((await capabilityRow(capability.id)).cells[competitor.id]).toEqual({ level: 'unknown', note: '' }),
      async () => expect((await capabilityRow(capability.id)).cells[competitor.id]).toEqual(cell),
    );
    const linked = await repos.competitors.linkRequirement(capability.id, requirement.id);
    await expectRoundTrips(
      capabilityLinkEntry(linked, requirement.id, true),
      async () => expect((await capabilityRow(capability.id)).requirementIds).toEqual([]),
      async () => expect((await capabilityRow(capability.id)).requirementIds).toEqual([requirement.id]),
    );
    const removed = await repos.competitors.deleteCapability(capability.id);
    await expectStaleStops(
      capabilityTrashEntry(removed, false),
      // Another tab brings it back and renames it.
      async () => void (await repos.competitors.restoreCapability(capability.id)),
      async () => expect((await capabilityRow(capability.id)).deleted).toBe(false),
    );
  });
});
