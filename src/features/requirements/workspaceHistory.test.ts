import { appProduct, appRepositories as repos } from '../../db/testing/appDb';
import { describe, expect, it } from 'vitest';
import { useHistory } from '../../state/history';
import { expectRoundTrips, expectStaleStops } from '../../state/testing/roundTrip';
import { deleteTemplateRecorded, saveTemplateRecorded, setTagColorRecorded } from './workspaceHistory';

const latest = () => useHistory.getState().past.at(-1)!;
const tagColor = async (productId: string, name: string) =>
  (await repos.products.listTags(productId)).find((tag) => tag.name === name)?.color;
const template = async (id: string) => (await repos.db.templates.get(id))!;

describe('tag colour history entries', () => {
  it('a first colour undoes to the default look, redoes, and stops at a newer write', async () => {
    const { product } = await appProduct();
    await setTagColorRecorded(product.id, 'mobile', '#e03131', undefined);
    await expectRoundTrips(
      latest(),
      async () => expect(await tagColor(product.id, 'mobile')).toBeUndefined(),
      async () => expect(await tagColor(product.id, 'mobile')).toBe('#e03131'),
    );
    await setTagColorRecorded(product.id, 'web', '#1971c2', undefined);
    await expectStaleStops(
      latest(),
      async () => void (await repos.workspace.setTagColor(product.id, 'web', '#2f9e44')),
      async () => expect(await tagColor(product.id, 'web')).toBe('#2f9e44'),
    );
  });

  it('a change of colour undoes to the colour before, redoes, and stops at a newer write', async () => {
    const { product } = await appProduct();
    await repos.workspace.setTagColor(product.id, 'mobile', '#e03131');
    await setTagColorRecorded(product.id, 'mobile', '#7048e8', '#e03131');
    await expectRoundTrips(
      latest(),
      async () => expect(await tagColor(product.id, 'mobile')).toBe('#e03131'),
      async () => expect(await tagColor(product.id, 'mobile')).toBe('#7048e8'),
    );
    await setTagColorRecorded(product.id, 'mobile', '#0c8599', '#7048e8');
    await expectStaleStops(
      latest(),
      async () => void (await repos.workspace.setTagColor(product.id, 'mobile', '#495057')),
      async () => expect(await tagColor(product.id, 'mobile')).toBe('#495057'),
    );
  });
});

describe('template history entries', () => {
  const input = { kind: 'custom' as const, name: 'Spike', body: '## Question' };

  it('a new template undoes to the trash, redoes, and stops at a newer write', async () => {
    const { product } = await appProduct();
    const saved = await saveTemplateRecorded(product.id, null, input);
    await expectRoundTrips(
      latest(),
      async () => expect((await template(saved.id)).deleted).toBe(true),
      async () => expect(await template(saved.id)).toMatchObject({ deleted: false, name: 'Spike' }),
    );
    const other = await saveTemplateRecorded(product.id, null, { ...input, name: 'Bug' });
    await expectStaleStops(
      latest(),
      async () => void (await repos.workspace.saveTemplate(product.id, other.id, { ...input, name: 'Bug report' })),
      async () => expect((await template(other.id)).name).toBe('Bug report'),
    );
  });

  it('an edit undoes to the text before, redoes, and stops at a newer write', async () => {
    const { product } = await appProduct();
    const saved = await repos.workspace.saveTemplate(product.id, null, input);
    await saveTemplateRecorded(product.id, saved, { ...input, body: '## Question\n## Timebox' });
    await expectRoundTrips(
      latest(),
      async () => expect((await template(saved.id)).body).toBe('## Question'),
      async () => expect((await template(saved.id)).body).toBe('## Question\n## Timebox'),
    );
    await saveTemplateRecorded(product.id, await template(saved.id), { ...input, name: 'Spike v2' });
    await expectStaleStops(
      latest(),
      async () => void (await repos.workspace.deleteTemplate(saved.id)),
      async () => expect((await template(saved.id)).deleted).toBe(true),
    );
  });

  it('a delete undoes with its text, redoes, and stops at a newer write', async () => {
    const { product } = await appProduct();
    const saved = await repos.workspace.saveTemplate(product.id, null, input);
    const entry = await deleteTemplateRecorded(saved);
    await expectRoundTrips(
      entry,
      async () => expect(await template(saved.id)).toMatchObject({ deleted: false, body: '## Question' }),
      async () => expect((await template(saved.id)).deleted).toBe(true),
    );
    const other = await repos.workspace.saveTemplate(product.id, null, { ...input, name: 'Bug' });
    await expectStaleStops(
      await deleteTemplateRecorded(other),
      async () => void (await repos.workspace.saveTemplate(product.id, other.id, { ...input, name: 'Bug again' })),
      async () => expect(await template(other.id)).toMatchObject({ deleted: false, name: 'Bug again' }),
    );
  });
});
