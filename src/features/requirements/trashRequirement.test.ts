import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { repositories } from '../../db';
import { seedRepository } from '../../db/seedAccess';
import { translate, type Translate } from '../../i18n/translate';
import { clearHistory, redo, undo, useHistory } from '../../state/history';
import { useToasts } from '../../state/toasts';
import { trashRequirement } from './trashRequirement';

const t: Translate = (key, params) => translate('en', key, params);

async function someRequirement() {
  const productId =
    (await seedRepository.seedDemoOnFirstRun('en', '2026-05-14')) ??
    (await repositories.products.listProducts())[0]?.id;
  const [first] = await repositories.requirements.listBoardRequirements(productId ?? '');
  if (!first) throw new Error('no demo requirement');
  return first;
}

describe('trashRequirement (the Delete shortcut)', () => {
  it('trashes the row as one undo entry that survives undo → redo → undo → redo', async () => {
    clearHistory();
    const requirement = await someRequirement();
    await trashRequirement(requirement.id, t);
    const state = async () => (await repositories.requirements.getRequirement(requirement.id))?.state;
    expect(await state()).toBe('deleted');
    expect(useHistory.getState().past).toHaveLength(1);
    expect(useToasts.getState().toasts.at(-1)?.message).toBe(`${requirement.title} moved to the trash.`);
    const events = await repositories.requirements.listRequirementEvents(requirement.id);
    expect(events.at(-1)?.type).toBe('requirement.deleted');

    for (const [step, expected] of [
      [undo, 'active'],
      [redo, 'deleted'],
      [undo, 'active'],
      [redo, 'deleted'],
    ] as const) {
      await step();
      expect(await state()).toBe(expected);
    }
  });

  it('puts an archived requirement back in the archive on undo', async () => {
    clearHistory();
    const requirement = await someRequirement();
    await repositories.requirements.archiveRequirement(requirement.id);
    await trashRequirement(requirement.id, t);
    await undo();
    expect((await repositories.requirements.getRequirement(requirement.id))?.state).toBe('archived');
  });

  it('stops an undo when the row was changed since, and says so', async () => {
    clearHistory();
    const requirement = await someRequirement();
    await trashRequirement(requirement.id, t);
    // Another tab restores it in between.
    await repositories.requirements.restoreRequirement(requirement.id);
    await expect(undo()).rejects.toMatchObject({ code: 'stale' });
    expect(useHistory.getState().past).toHaveLength(0);
  });
});
