import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { describe, expect, it } from 'vitest';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import { cardScoreEntry } from './cardScoreHistory';
import { matrixMoveEntry } from './useMatrixMove';

async function requirement() {
  const { product, stage } = await appProduct();
  return repos.requirements.createRequirement(product.id, stage('inbox').id, { title: 'Dot' });
}

/** A dot moved as the matrix moves it: one edit of the RICE impact and effort. */
async function moveDot(id: string, impact: 0.5 | 3, effort: number) {
  const row = (await repos.requirements.getRequirement(id))!;
  const scores = { ...row.scores, rice: { ...row.scores.rice, impact, effort } };
  const edit = (await repos.requirements.editRequirement(id, { scores }, { ifVersion: row.version }))!;
  return matrixMoveEntry(edit.before, edit.after);
}

const rice = async (id: string) => (await repos.requirements.getRequirement(id))!.scores.rice;

describe('prioritise history entries', () => {
  it('a matrix move undoes, redoes, undoes and redoes (the third step used to fail as “changed since”)', async () => {
    const created = await requirement();
    await expectRoundTrips(
      await moveDot(created.id, 3, 1),
      async () => expect(await rice(created.id)).toMatchObject({ impact: null, effort: null }),
      async () => expect(await rice(created.id)).toMatchObject({ impact: 3, effort: 1 }),
    );
  });

  it('a matrix move’s replay stops at a write made by someone else, and earlier entries stay', async () => {
    const created = await requirement();
    await expectStaleStops(
      await moveDot(created.id, 0.5, 2),
      async () => void (await repos.requirements.updateRequirement(created.id, { title: 'Renamed' })),
      async () => expect(await rice(created.id)).toMatchObject({ impact: 0.5, effort: 2 }),
    );
  });

  it('the card score setting undoes, redoes, undoes and redoes', async () => {
    const { product } = await appProduct();
    const saved = await repos.productSettings.updateProductSettings(product.id, { cardScore: 'wsjf' });
    const cardScore = async () => (await repos.products.getProduct(product.id))!.settings.cardScore;
    await expectRoundTrips(
      cardScoreEntry(product, saved),
      async () => expect(await cardScore()).toBe('rice'),
      async () => expect(await cardScore()).toBe('wsjf'),
    );
  });
});
