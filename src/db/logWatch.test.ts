import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newEvent } from './writePath';
import { createLogWatch } from './logWatch';
import { openTestRepositories, testEnv } from './testing/testDb';

/** Resolves once `listener` was called; Dexie reports a commit after it completes. */
const calledOnce = (subscribe: (listener: () => void) => () => void) =>
  new Promise<void>((resolve) => {
    const stop = subscribe(() => {
      stop();
      resolve();
    });
  });

describe('the log watch', () => {
  it("moves a product's generation on when its events are written, here or by a restore, and not for another product", async () => {
    const repos = openTestRepositories();
    const watch = createLogWatch(repos.db);
    const mine = await repos.products.createProduct('Mine');
    const other = await repos.products.createProduct('Other');
    const [inbox] = await repos.stages.listStages(mine.id);
    const [otherInbox] = await repos.stages.listStages(other.id);

    const start = watch.generation(mine.id);
    let heard = calledOnce((listener) => watch.subscribe(mine.id, listener));
    const card = await repos.requirements.createRequirement(mine.id, inbox?.id ?? '', { title: 'A' });
    await heard;
    const afterCreate = watch.generation(mine.id);
    expect(afterCreate).not.toBe(start);

    const otherHeard = calledOnce((listener) => watch.subscribe(other.id, listener));
    await repos.requirements.createRequirement(other.id, otherInbox?.id ?? '', { title: 'Elsewhere' });
    await otherHeard;
    expect(watch.generation(mine.id)).toBe(afterCreate);

    heard = calledOnce((listener) => watch.subscribe(mine.id, listener));
    await repos.requirements.deleteRequirement(card.id);
    await heard;
    const afterDelete = watch.generation(mine.id);
    expect(afterDelete).not.toBe(afterCreate);

    heard = calledOnce((listener) => watch.subscribe(mine.id, listener));
    await repos.requirements.restoreRequirement(card.id);
    await heard;
    expect(watch.generation(mine.id)).not.toBe(afterDelete);
  });

  it('moves every product on after a bulk write it cannot place', async () => {
    const repos = openTestRepositories();
    const watch = createLogWatch(repos.db);
    const product = await repos.products.createProduct('Bulk');
    const before = watch.generation('some-other-product');
    const heard = calledOnce((listener) => watch.subscribe('some-other-product', listener));
    const env = testEnv();
    await repos.db.events.bulkAdd(
      Array.from({ length: 60 }, (_, i) => newEvent(env, product.id, `r${i}`, 'requirement.created', {})),
    );
    await heard;
    expect(watch.generation('some-other-product')).not.toBe(before);
  });
});
