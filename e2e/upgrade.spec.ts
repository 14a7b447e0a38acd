// A database an older Cairn (schema version 1) left behind opens in today's
// Cairn: the upgrade steps load on demand inside Dexie's upgrade transaction,
// which only a real browser's IndexedDB shows holds (fake-indexeddb is lenient).
import { expect, test } from '@playwright/test';
import { card, column, expectNoAxeViolations, quickAdd, waitSaved } from './support/board';

test('a version-1 database opens with its product, stages and requirements, and takes new writes', async ({ page }) => {
  // Same origin, without starting the app: write the database as version 1 wrote it (Dexie version n is IndexedDB version 10n).
  await page.goto('/manifest.webmanifest');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('cairn', 10);
        request.onupgradeneeded = () => {
          const db = request.result;
          const store = (name: string, keyPath: string, indexes: Record<string, string | string[]>) => {
            const s = db.createObjectStore(name, { keyPath });
            for (const [index, path] of Object.entries(indexes)) s.createIndex(index, path);
            return s;
          };
          const at = '2025-03-01T09:00:00.000Z';
          const row = { productId: 'p1', createdAt: at, updatedAt: at, version: 1 };
          const keys = ['inbox', 'analysis', 'design', 'development', 'testing', 'released', 'review'];
          store('products', 'id', { createdAt: 'createdAt' }).add({
            ...row,
            id: 'p1',
            name: 'Old product',
            deleted: false,
          });
          const stages = store('stages', 'id', { productId: 'productId', '[productId+rank]': ['productId', 'rank'] });
          keys.forEach((key, i) =>
            stages.add({
              ...row,
              id: `s-${key}`,
              key,
              name: null,
              color: '#64748b',
              rank: `a${i}`,
              wipLimit: null,
              wipMode: 'warn',
              deleted: false,
            }),
          );
          store('requirements', 'id', {
            productId: 'productId',
            '[productId+state+stageId+rank]': ['productId', 'state', 'stageId', 'rank'],
            '[productId+updatedAt]': ['productId', 'updatedAt'],
          }).add({
            ...row,
            id: 'r1',
            title: 'Requirement from version 1',
            description: '',
            type: 'feature',
            priority: 'P1',
            ownerId: null,
            tags: ['legacy'],
            dueDate: null,
            acceptanceCriteria: [],
            stageId: 's-inbox',
            rank: 'a0',
            state: 'active',
          });
          store('members', 'id', { productId: 'productId' });
          store('events', 'id', {
            productId: 'productId',
            entityId: 'entityId',
            '[productId+at]': ['productId', 'at'],
          });
          // Not a first run: no demo on top of the old data.
          store('meta', 'key', {}).add({ key: 'demoSeeded', value: at });
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );

  await page.goto('/');
  await expect(card(page, 'Requirement from version 1')).toBeVisible();
  await expect(column(page, 'released')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await quickAdd(page, 'Inbox', 'Written after the upgrade');
  await waitSaved(page);
  await page.reload();
  await expect(card(page, 'Requirement from version 1')).toBeVisible();
  await expect(card(page, 'Written after the upgrade')).toBeVisible();
  await expectNoAxeViolations(page);
});
