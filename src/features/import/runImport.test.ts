import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../domain/import/csv';
import { decodeBytes } from '../../domain/import/encoding';
import { parseJira } from '../../domain/import/jira';
import { defaultMapping } from '../../domain/import/plan';
import { toTable } from '../../domain/import/table';
import { useHistory } from '../../state/history';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import { runImport } from './runImport';

const jira = parseJira(
  toTable(parseCsv(decodeBytes(new Uint8Array(readFileSync('e2e/fixtures/jira-pdp-scrum-en.csv'))).text)),
);
const t = (key: string) => key;

describe('import history entry', () => {
  it('an import into a product undoes, redoes, undoes and redoes', async () => {
    const { product } = await appProduct();
    const count = async () => (await repos.requirements.listBoardRequirements(product.id)).length;
    await runImport(jira, defaultMapping(jira), { kind: 'existing', productId: product.id }, t);
    const imported = await count();
    expect(imported).toBeGreaterThan(0);
    await expectRoundTrips(
      useHistory.getState().past.at(-1)!,
      async () => expect(await count()).toBe(0),
      async () => expect(await count()).toBe(imported),
    );
  });

  it('stops when a requirement it wrote was changed since, deleting nothing', async () => {
    const { product } = await appProduct();
    await runImport(jira, defaultMapping(jira), { kind: 'existing', productId: product.id }, t);
    const rows = () => repos.requirements.listBoardRequirements(product.id);
    const imported = (await rows()).length;
    await expectStaleStops(
      useHistory.getState().past.at(-1)!,
      async () =>
        void (await repos.requirements.updateRequirement((await rows())[0]!.id, { title: 'Worked on since' })),
      async () => expect((await rows()).length).toBe(imported),
    );
  });
});
