// Storage failures: each says what happened and what to do, and never leaves half a change behind.
import { expect, test, type Page } from '@playwright/test';
import { card, column, expectNoAxeViolations, openBoard, chooseFromMenu } from './support/board';

/** IndexedDB refuses writes while window.cairnDiskFull is set, as a browser over its quota does. */
async function simulateDiskFull(page: Page, fullFromTheStart = false): Promise<void> {
  await page.addInitScript((full) => {
    const flagged = window as unknown as { cairnDiskFull?: boolean };
    flagged.cairnDiskFull = full;
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        if (flagged.cairnDiskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  }, fullFromTheStart);
}

async function setDiskFull(page: Page, full: boolean): Promise<void> {
  await page.evaluate((value) => ((window as unknown as { cairnDiskFull?: boolean }).cairnDiskFull = value), full);
}

test('a full disk: the change is "Not saved", a toast says what to do, and nothing half-written remains', async ({
  page,
}) => {
  await simulateDiskFull(page);
  await openBoard(page);
  await setDiskFull(page, true);

  const input = page.getByRole('textbox', { name: 'Add a requirement to Inbox' });
  await input.fill('Too big to keep');
  await input.press('Enter');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'failed');
  await expect(page.getByTestId('save-status')).toHaveText('Not saved');
  await expect(page.getByTestId('toast').filter({ hasText: 'storage is full' })).toContainText('export a backup');

  await page.reload();
  await expect(column(page, 'inbox')).toBeVisible();
  await expect(card(page, 'Too big to keep')).toHaveCount(0);
});

test('a full disk before the first visit: "Not saved", a way out Cairn can offer, and Try again starts it once space is free', async ({
  page,
}) => {
  await simulateDiskFull(page, true);
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText("This device's storage is full, so Cairn could not start.");
  // The trash and the backup need a running Cairn: the message must not send the person there.
  await expect(alert).not.toContainText(/trash|backup/i);
  await expect(page.getByTestId('save-status')).toHaveText('Not saved');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'failed');
  await expectNoAxeViolations(page);

  const retry = page.getByRole('button', { name: 'Try again' });
  await retry.click();
  await expect(alert).toContainText('could not start');
  await expect(page.getByTestId('save-status')).toHaveText('Not saved');

  await setDiskFull(page, false);
  await retry.click();
  await expect(column(page, 'inbox')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await chooseFromMenu(page, 'Settings');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
});

test('no IndexedDB (as in some private windows): the start-up error names the cause', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(
    'This browser does not let Cairn store data here (private browsing',
  );
});

test('an older Cairn tab holding the database: "Close other Cairn tabs", then it opens by itself', async ({
  context,
}) => {
  // The "old tab": same origin, holding an older version of the database open and never giving way.
  const oldTab = await context.newPage();
  await oldTab.goto('/manifest.webmanifest');
  await oldTab.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('cairn', 1);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );

  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Close other Cairn tabs');
  await oldTab.close();
  await expect(column(page, 'inbox')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a newer Cairn opening in another tab: this tab stops saving and asks for a reload, saying why', async ({
  context,
}) => {
  const page = await context.newPage();
  await openBoard(page);
  // The "new tab": upgrades the database to a version this tab's code does not know.
  const newTab = await context.newPage();
  await newTab.goto('/manifest.webmanifest');
  await newTab.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('cairn', 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );

  const notice = page.getByTestId('toast').filter({ hasText: 'Cairn was updated in another tab' });
  await expect(notice).toContainText('Reload this tab to continue');
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();

  const input = page.getByRole('textbox', { name: 'Add a requirement to Inbox' });
  await input.fill('After the update');
  await input.press('Enter');
  await expect(page.getByTestId('save-status')).toHaveText('Not saved');
});
