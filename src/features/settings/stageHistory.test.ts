import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { describe, expect, it } from 'vitest';
import { useHistory } from '../../state/history';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import { addStage, deleteStage, editStage, moveStage } from './stageHistory';

/** The entry the last stage action recorded (stage actions write and record in one call). */
const latest = () => useHistory.getState().past.at(-1)!;
const live = async (productId: string) => repos.stages.listStages(productId);
const stageRow = async (id: string) => (await repos.db.stages.get(id))!;

describe('stage history entries', () => {
  it('an edit undoes, redoes, undoes and redoes, and stops at a newer write', async () => {
    const { stage } = await appProduct();
    const inbox = stage('inbox');
    await editStage(inbox, { wipLimit: 3 }, 'Inbox');
    await expectRoundTrips(
      latest(),
      async () => expect((await stageRow(inbox.id)).wipLimit).toBeNull(),
      async () => expect((await stageRow(inbox.id)).wipLimit).toBe(3),
    );
    await editStage(await stageRow(inbox.id), { wipLimit: 4 }, 'Inbox');
    await expectStaleStops(
      latest(),
      async () => void (await repos.stages.updateStage(inbox.id, { color: '#123456' })),
      async () => expect((await stageRow(inbox.id)).color).toBe('#123456'),
    );
  });

  it('a gate edit undoes, redoes, undoes and redoes as one whole gate', async () => {
    const { stage } = await appProduct();
    const design = stage('design');
    const gate = { mode: 'strict' as const, items: [{ id: 'g1', label: 'PRD linked', rule: null }] };
    await editStage(design, { gate }, 'Design');
    await expectRoundTrips(
      latest(),
      async () => expect((await stageRow(design.id)).gate).toEqual({ mode: 'off', items: [] }),
      async () => expect((await stageRow(design.id)).gate).toEqual(gate),
    );
  });

  it('a move undoes, redoes, undoes and redoes', async () => {
    const { product, stage } = await appProduct();
    await moveStage(stage('review'), 6, 0, 'Review');
    await expectRoundTrips(
      latest(),
      async () => expect((await live(product.id)).at(-1)?.key).toBe('review'),
      async () => expect((await live(product.id))[0]?.key).toBe('review'),
    );
  });

  it('an add undoes, redoes, undoes and redoes', async () => {
    const { product } = await appProduct();
    await addStage(product.id, 'Beta', '#336699');
    const added = (await live(product.id)).at(-1)!;
    await expectRoundTrips(
      latest(),
      async () => expect((await stageRow(added.id)).deleted).toBe(true),
      async () => expect((await stageRow(added.id)).deleted).toBe(false),
    );
  });

  it('a delete undoes with its requirements back in place, and redoes moving them again', async () => {
    const { product, stage } = await appProduct();
    const r = await repos.requirements.createRequirement(product.id, stage('analysis').id, { title: 'Held' });
    await deleteStage(stage('analysis'), stage('inbox').id, 'Analysis');
    const where = async () => (await repos.requirements.getRequirement(r.id))!.stageId;
    await expectRoundTrips(
      latest(),
      async () => {
        expect((await stageRow(stage('analysis').id)).deleted).toBe(false);
        expect(await where()).toBe(stage('analysis').id);
      },
      async () => {
        expect((await stageRow(stage('analysis').id)).deleted).toBe(true);
        expect(await where()).toBe(stage('inbox').id);
      },
    );
  });
});
