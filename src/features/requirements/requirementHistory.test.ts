import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearHistory, redo, undo, useHistory } from '../../state/history';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import {
  duplicateEntry,
  EDIT_MERGE_MS,
  initiativeFieldEntry,
  iterationFieldEntry,
  rememberEdit,
  stateEntry,
} from './requirementHistory';

const read = async (id: string) => (await repos.requirements.getRequirement(id))!;

async function requirement(title = 'Original') {
  const { product, stage } = await appProduct();
  return repos.requirements.createRequirement(product.id, stage('inbox').id, { title });
}

/** Saves an edit as the detail panel does and remembers it for undo. */
async function save(id: string, title: string, last: Parameters<typeof rememberEdit>[0], at: number) {
  const edit = await repos.requirements.editRequirement(id, { title });
  if (!edit) throw new Error('nothing written');
  return rememberEdit(last, edit, at);
}

beforeEach(() => clearHistory());

describe('detail panel edits', () => {
  it('an edited field undoes, redoes, undoes and redoes (the third step used to fail as “changed since”)', async () => {
    const created = await requirement();
    const last = await save(created.id, 'Edited', null, 0);
    await expectRoundTrips(
      last.entry,
      async () => expect((await read(created.id)).title).toBe('Original'),
      async () => expect((await read(created.id)).title).toBe('Edited'),
    );
  });

  it('saves typed in one go merge into one entry that goes back to the first value and follows the last version', async () => {
    const created = await requirement();
    let last = await save(created.id, 'Ed', null, 0);
    last = await save(created.id, 'Edited in bursts', last, 1000);
    expect(useHistory.getState().past).toEqual([last.entry]);
    await expectRoundTrips(
      last.entry,
      async () => expect((await read(created.id)).title).toBe('Original'),
      async () => expect((await read(created.id)).title).toBe('Edited in bursts'),
    );
  });

  it('does not merge past another change: each save is then undone on its own, in order', async () => {
    const created = await requirement();
    const first = await save(created.id, 'First', null, 0);
    // Another change in between (here the priority, from another control of the panel).
    rememberEdit(null, (await repos.requirements.editRequirement(created.id, { priority: 'P0' }))!, 500);
    await save(created.id, 'Second', first, 1000);
    expect(useHistory.getState().past).toHaveLength(3);
    await undo();
    expect((await read(created.id)).title).toBe('First');
    await undo();
    expect((await read(created.id)).priority).toBe('P2');
    await undo();
    expect((await read(created.id)).title).toBe('Original');
  });

  it('does not merge saves further apart than the merge window', async () => {
    const created = await requirement();
    const first = await save(created.id, 'First', null, 0);
    await save(created.id, 'Second', first, EDIT_MERGE_MS + 1);
    expect(useHistory.getState().past).toHaveLength(2);
  });

  it('an edit’s replay stops at a write made by someone else, and earlier entries stay', async () => {
    const created = await requirement();
    const last = await save(created.id, 'Mine', null, 0);
    await expectStaleStops(
      last.entry,
      async () => void (await repos.requirements.updateRequirement(created.id, { title: 'Theirs' })),
      async () => expect((await read(created.id)).title).toBe('Theirs'),
    );
  });
});

describe('archive, delete, restore and duplicate', () => {
  it.each(['archive', 'delete'] as const)('%s undoes, redoes, undoes and redoes', async (action) => {
    const created = await requirement();
    const written = await (action === 'archive'
      ? repos.requirements.archiveRequirement(created.id)
      : repos.requirements.deleteRequirement(created.id));
    await expectRoundTrips(
      stateEntry(created, written),
      async () => expect((await read(created.id)).state).toBe('active'),
      async () => expect((await read(created.id)).state).toBe(written.state),
    );
  });

  it('a restore from the trash undoes back to the trash, and stops at a newer write', async () => {
    const created = await requirement();
    const trashed = await repos.requirements.deleteRequirement(created.id);
    const restored = await repos.requirements.restoreRequirement(created.id, { ifVersion: trashed.version });
    await expectRoundTrips(
      stateEntry(trashed, restored),
      async () => expect((await read(created.id)).state).toBe('deleted'),
      async () => expect((await read(created.id)).state).toBe('active'),
    );
    await expectStaleStops(
      stateEntry(trashed, await read(created.id)),
      async () => void (await repos.requirements.updateRequirement(created.id, { priority: 'P0' })),
      async () => expect((await read(created.id)).state).toBe('active'),
    );
  });

  it('a duplicate undoes to the trash and redoes the very same copy', async () => {
    const created = await requirement();
    const copy = await repos.workspace.duplicateRequirement(created.id, ' (copy)');
    await expectRoundTrips(
      duplicateEntry(copy),
      async () => expect((await read(copy.id)).state).toBe('deleted'),
      async () => expect((await read(copy.id)).state).toBe('active'),
    );
    expect((await read(created.id)).state).toBe('active');
    await redo();
  });

  it('the iteration and the initiative chosen in the panel undo, redo, undo and redo', async () => {
    const created = await requirement();
    const sprint = await repos.iterations.createIteration(created.productId, {
      name: 'Sprint',
      startDate: '2026-03-02',
      endDate: '2026-03-13',
    });
    await expectRoundTrips(
      iterationFieldEntry(created, await repos.iterations.planRequirement(created.id, sprint.id)),
      async () => expect((await read(created.id)).iterationId).toBeNull(),
      async () => expect((await read(created.id)).iterationId).toBe(sprint.id),
    );
    const lane = await repos.roadmap.createLane(created.productId, 'Growth', '#16a34a');
    const checkout = await repos.roadmap.createInitiative(created.productId, {
      title: 'Checkout',
      laneId: lane.id,
      start: null,
      end: null,
      horizon: 'now',
    });
    const before = await read(created.id);
    await expectRoundTrips(
      initiativeFieldEntry(before, await repos.roadmap.linkRequirement(checkout.id, created.id)),
      async () => expect((await read(created.id)).initiativeId).toBeNull(),
      async () => expect((await read(created.id)).initiativeId).toBe(checkout.id),
    );
  });
});
