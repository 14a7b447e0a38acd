import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from '../domain/backup/format';
import { CairnWriteError } from '../domain/errors';
import { writeRemote } from './localWrites';
import { openTestRepositories } from './testing/testDb';
import { refuseViewOnlyWrites } from './viewOnlyWrites';
import { requirementsOfProduct } from './boardIndex';

async function viewedProduct() {
  const repos = openTestRepositories();
  const viewed = await repos.products.createProduct('Shared with me');
  const own = await repos.products.createProduct('My own');
  const [inbox] = await repos.stages.listStages(viewed.id);
  const card = await repos.requirements.createRequirement(viewed.id, inbox!.id, { title: 'Card' });
  const stop = refuseViewOnlyWrites(
    repos.db,
    BACKUP_TABLES,
    (productId) => productId === viewed.id,
    () => new CairnWriteError('viewOnly', 'view only'),
  );
  return { repos, viewed, own, inbox: inbox!, card, stop };
}

describe('refuseViewOnlyWrites', () => {
  it('refuses an edit, a move and a new card in a view-only product, and keeps nothing of them', async () => {
    const { repos, viewed, inbox, card, stop } = await viewedProduct();
    const eventsBefore = await repos.db.events.count();

    await expect(repos.requirements.updateRequirement(card.id, { title: 'Changed' })).rejects.toMatchObject({
      code: 'viewOnly',
    });
    await expect(repos.requirements.moveRequirement(card.id, inbox.id, 'a0')).rejects.toMatchObject({
      code: 'viewOnly',
    });
    await expect(repos.requirements.createRequirement(viewed.id, inbox.id, { title: 'New' })).rejects.toMatchObject({
      code: 'viewOnly',
    });
    stop();

    expect(await repos.requirements.getRequirement(card.id)).toMatchObject({ title: 'Card', version: card.version });
    expect(await requirementsOfProduct(repos.db, viewed.id).count()).toBe(1);
    expect(await repos.db.events.count()).toBe(eventsBefore);
  });

  it('lets other products be edited and the mirror apply another device’s changes', async () => {
    const { repos, own, card, stop } = await viewedProduct();
    const [ownInbox] = await repos.stages.listStages(own.id);
    await repos.requirements.createRequirement(own.id, ownInbox!.id, { title: 'Mine' });
    await writeRemote(repos.db, ['requirements'], () =>
      repos.db.requirements.update(card.id, { title: 'From the editor' }),
    );
    stop();

    expect(await requirementsOfProduct(repos.db, own.id).count()).toBe(1);
    expect((await repos.requirements.getRequirement(card.id))?.title).toBe('From the editor');
  });

  it('stops refusing once removed', async () => {
    const { repos, card, stop } = await viewedProduct();
    stop();
    await repos.requirements.updateRequirement(card.id, { title: 'Editable again' });
    expect((await repos.requirements.getRequirement(card.id))?.title).toBe('Editable again');
  });
});
