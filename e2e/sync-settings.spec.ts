// Settings → Sync and the header's connection state, against a real sync server started by the test.
import { expect, test, type Page, type Request } from '@playwright/test';
import { card, expectNoAxeViolations, openBoard, quickAdd, chooseFromMenu } from './support/board';
import { currentProductId, startE2eSyncServer, type E2eSyncServer } from './support/syncServer';

let server: E2eSyncServer;
test.beforeAll(async () => {
  server = await startE2eSyncServer();
});
test.afterAll(async () => {
  await server.close();
});

async function openSyncSettings(page: Page) {
  await chooseFromMenu(page, 'Settings');
  const section = page.getByRole('region', { name: 'Team sync' });
  await expect(section).toBeVisible();
  return section;
}

const header = (page: Page) => page.getByRole('banner');
/** The idle-time check of whether sync is set up (features/sync/boot.ts). */
const isBootCheck = (request: Request) => /\/assets\/boot-[\w-]+\.js$/.test(request.url());

test('a bad share link says what is wrong and sets nothing up', async ({ page }) => {
  await openBoard(page);
  const section = await openSyncSettings(page);
  await expectNoAxeViolations(page);

  const link = section.getByRole('textbox', { name: 'Share link' });
  await link.fill('http://127.0.0.1:4173/#sync=bm90LWpzb24');
  await section.getByRole('button', { name: 'Connect' }).click();
  await expect(section.getByRole('alert')).toHaveText(
    'This share link is damaged: its “#sync=” part cannot be read. Copy the whole link again.',
  );
  await expect(link).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await link.fill('http://127.0.0.1:4173/#/board');
  await section.getByRole('button', { name: 'Connect' }).click();
  await expect(section.getByRole('alert')).toHaveText('This is not a Cairn share link: it has no “#sync=” part.');
  await expect(section.getByRole('button', { name: 'Leave sync' })).toHaveCount(0);
  await expect(page.getByTestId('sync-status')).toHaveCount(0);
});

test('a good share link connects and the header says synced, offline with the network; leaving keeps the board', async ({
  page,
  context,
}) => {
  await openBoard(page);
  const productId = await currentProductId(page);
  const section = await openSyncSettings(page);
  await section
    .getByRole('textbox', { name: 'Share link' })
    .fill(`http://127.0.0.1:4173/${await server.linkHash(productId, 'editor')}`);
  await section.getByRole('button', { name: 'Connect' }).click();

  await expect(header(page).getByRole('status', { name: 'Team sync: Synced' })).toBeVisible();
  await expect(section.getByText(`This product syncs with ${server.url} as an editor.`)).toBeVisible();
  await expectNoAxeViolations(page);

  await context.setOffline(true);
  await expect(header(page).getByRole('status', { name: 'Team sync: Offline' })).toBeVisible();
  await context.setOffline(false);
  await expect(header(page).getByRole('status', { name: 'Team sync: Synced' })).toBeVisible();

  await section.getByRole('button', { name: 'Leave sync' }).click();
  await expect(page.getByTestId('sync-status')).toHaveCount(0);
  await expect(section.getByText('This product no longer syncs. Its data stays on this device.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('requirement-card').first()).toBeVisible();
});

test('a token the server did not sign is refused, with the reason in the header', async ({ page }) => {
  await openBoard(page);
  const productId = await currentProductId(page);
  const section = await openSyncSettings(page);
  const foreignSecret = new TextEncoder().encode('another server’s secret, long enough for HS256');
  await section.getByRole('textbox', { name: 'Server URL' }).fill(server.url);
  await section.getByRole('textbox', { name: 'Token' }).fill(await server.invite(productId, 'editor', foreignSecret));
  await section.getByRole('button', { name: 'Connect' }).click();

  await expect(header(page).getByTestId('sync-status')).toHaveText(
    /Refused: the token is not one this server signed; ask for a new invitation/,
  );
  await expect(header(page).getByTestId('sync-status')).toHaveAttribute('data-state', 'refused');
});

test('opening a share link asks before joining, then stays set up after a reload', async ({ page }) => {
  await openBoard(page);
  const productId = await currentProductId(page);
  await page.goto(`/${await server.linkHash(productId, 'viewer')}`);

  const dialog = page.getByRole('dialog', { name: 'Join a shared product?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`with the server ${server.url}. You join as a viewer (read only).`);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Join' }).click();

  await expect(header(page).getByRole('status', { name: 'Team sync: Synced, view only' })).toBeVisible();
  // The token does not stay in the address bar.
  expect(new URL(page.url()).hash).toBe('');
  await page.reload();
  await expect(header(page).getByRole('status', { name: 'Team sync: Synced, view only' })).toBeVisible();
});

test('without sync set up, the app loads neither yjs nor the connection', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const bootChecked = page.waitForRequest(isBootCheck);
  await openBoard(page);
  await bootChecked;
  await chooseFromMenu(page, 'Settings');
  await expect(page.getByRole('region', { name: 'Team sync' })).toBeVisible();
  expect(scripts.filter((path) => /\/(connection|mountSync)-/.test(path))).toEqual([]);
  await expect(page.getByTestId('sync-status')).toHaveCount(0);
});

test('a bad share link pasted into an open tab says what is wrong', async ({ page }) => {
  const bootChecked = page.waitForRequest(isBootCheck);
  await openBoard(page);
  await bootChecked;
  await page.evaluate(() => (location.hash = '#sync=eyJ2IjoxfQ'));
  const dialog = page.getByRole('dialog', { name: 'This share link cannot be used' });
  await expect(dialog.getByRole('alert')).toHaveText(
    'This share link does not say which server, product and token to use.',
  );
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('sync-status')).toHaveCount(0);
});

test('a second person joins from a link, gets the product, and sees a new card arrive', async ({ page, browser }) => {
  await openBoard(page);
  const productId = await currentProductId(page);
  const section = await openSyncSettings(page);
  const linkHash = await server.linkHash(productId, 'editor');
  await section.getByRole('textbox', { name: 'Share link' }).fill(`http://127.0.0.1:4173/${linkHash}`);
  await section.getByRole('button', { name: 'Connect' }).click();
  await expect(header(page).getByRole('status', { name: 'Team sync: Synced' })).toBeVisible();
  await page.keyboard.press('Escape');

  const other = await (await browser.newContext()).newPage();
  await openBoard(other);
  await other.goto(`/${linkHash}`);
  await other.getByRole('dialog', { name: 'Join a shared product?' }).getByRole('button', { name: 'Join' }).click();
  await expect(header(other).getByRole('status', { name: 'Team sync: Synced' })).toBeVisible();
  const firstId = await page.getByTestId('requirement-card').first().getAttribute('data-requirement-id');
  await expect(other.locator(`[data-testid="requirement-card"][data-requirement-id="${firstId}"]`)).toBeVisible();

  await quickAdd(page, 'Inbox', 'Written by the first person');
  await expect(card(other, 'Written by the first person')).toBeVisible();
  await other.context().close();
});
