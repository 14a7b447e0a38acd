// Dexie reads the global indexedDB when it loads: install the fake one first.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CairnWriteError } from '../domain/errors';
import { watchConnection } from './connection';
import { CairnDatabase } from './database';
import { createRepositories } from './allRepositories';
import { storageFailureOf } from './storageErrors';
import { openTestRepositories, testEnv } from './testing/testDb';
import { requirementsOfProduct } from './boardIndex';

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** Makes every write to the events table fail the way a full disk does, while `full.on` is set. */
function failEventWritesWhenFull(db: Dexie): { on: boolean } {
  const full = { on: false };
  db.use({
    stack: 'dbcore',
    name: 'quota-exceeded',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'events') return table;
        return {
          ...table,
          mutate: (req) =>
            full.on
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : table.mutate(req),
        };
      },
    }),
  });
  return full;
}

async function rowCounts(db: CairnDatabase) {
  return {
    requirements: await db.requirements.count(),
    events: await db.events.count(),
    stages: await db.stages.count(),
  };
}

describe('storage failures', () => {
  it('a write that hits the quota leaves the database unchanged and reports storageFull', async () => {
    const repos = openTestRepositories();
    opened.push(repos.db);
    const full = failEventWritesWhenFull(repos.db);
    const product = await repos.products.createProduct('Quota');
    const [inbox] = await repos.stages.listStages(product.id);
    if (!inbox) throw new Error('the new product has no stages');
    const before = await rowCounts(repos.db);

    full.on = true;
    const failure = await repos.requirements
      .createRequirement(product.id, inbox.id, { title: 'Too much' })
      .catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(CairnWriteError);
    expect((failure as CairnWriteError).code).toBe('storageFull');
    full.on = false;
    // The requirement row was written before the event failed; the transaction rolled both back.
    expect(await rowCounts(repos.db)).toEqual(before);
    expect(await requirementsOfProduct(repos.db, product.id).count()).toBe(0);
  });

  it('a move that hits the quota keeps the requirement where it was', async () => {
    const repos = openTestRepositories();
    opened.push(repos.db);
    const full = failEventWritesWhenFull(repos.db);
    const product = await repos.products.createProduct('Quota');
    const [inbox, analysis] = await repos.stages.listStages(product.id);
    if (!inbox || !analysis) throw new Error('the new product has too few stages');
    const requirement = await repos.requirements.createRequirement(product.id, inbox.id, { title: 'Stay' });
    const eventsBefore = await repos.db.events.count();

    full.on = true;
    const failure = await repos.requirements
      .moveRequirement(requirement.id, analysis.id, 'a0')
      .catch((e: unknown) => e);

    expect((failure as CairnWriteError).code).toBe('storageFull');
    full.on = false;
    expect((await repos.db.requirements.get(requirement.id))?.stageId).toBe(inbox.id);
    expect(await repos.db.events.count()).toBe(eventsBefore);
  });

  it('a newer version opening in another tab closes the database in this tab, and later writes say so', async () => {
    const repos = openTestRepositories();
    opened.push(repos.db);
    const product = await repos.products.createProduct('Old tab');
    let outdated = 0;
    watchConnection(repos.db, { onBlocked: () => {}, onOutdated: () => outdated++ });

    const newer = new CairnDatabase(repos.db.name);
    newer.version(repos.db.verno + 1).stores({});
    opened.push(newer);
    await newer.open();

    expect(outdated).toBe(1);
    expect(repos.db.isOpen()).toBe(false);
    const failure = await repos.products.renameProduct(product.id, 'Lost?').catch((e: unknown) => e);
    expect((failure as CairnWriteError).code).toBe('databaseOutdated');
  });

  it('opening while an older tab holds the database reports blocked, then opens once that tab closes', async () => {
    const name = `cairn-blocked-${Math.random().toString(36).slice(2)}`;
    // An "old tab" that never gives way (no versionchange handler), holding version 1.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const repos = createRepositories(new CairnDatabase(name), testEnv());
    opened.push(repos.db);
    let blocked = 0;
    watchConnection(repos.db, { onBlocked: () => blocked++, onOutdated: () => {} });

    const listing = repos.products.listProducts();
    await expect.poll(() => blocked).toBe(1);
    old.close();
    await expect(listing).resolves.toEqual([]);
  });

  it('names the cause when IndexedDB is missing or refused', () => {
    expect(storageFailureOf(new Dexie.MissingAPIError())).toBe('storageUnavailable');
    expect(
      storageFailureOf(new Dexie.OpenFailedError('open failed', new DOMException('denied', 'SecurityError'))),
    ).toBe('storageUnavailable');
    expect(
      storageFailureOf(new Dexie.OpenFailedError('open failed', new DOMException('private', 'InvalidStateError'))),
    ).toBe('storageUnavailable');
    expect(storageFailureOf(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')))).toBe(
      'storageFull',
    );
    expect(storageFailureOf(new Dexie.ConstraintError('duplicate key'))).toBeNull();
    expect(storageFailureOf(new Error('bug'))).toBeNull();
  });
});

describe('withStorageErrors', () => {
  it('maps failures of plain Dexie promises too (reads that return a table call directly)', async () => {
    const repos = openTestRepositories();
    const product = await repos.products.createProduct('Closed');
    repos.db.close({ disableAutoOpen: true });
    const failure = await repos.products.getProduct(product.id).catch((e: unknown) => e);
    expect((failure as CairnWriteError).code).toBe('databaseOutdated');
  });
});
