// A real team-sync server for a spec: a free port and a temporary data folder, removed after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { shareLinkHash, type SyncRole } from '../../src/domain/sync/shareLink';
import { startSyncServer, type RunningSyncServer } from '../../src/server/syncServer';
import { signInvitation } from '../../src/server/tokens';

const SECRET = new TextEncoder().encode('the e2e sync secret, long enough for HS256');

export interface E2eSyncServer extends RunningSyncServer {
  invite(productId: string, role: SyncRole, secret?: Uint8Array): Promise<string>;
  /** The `#sync=…` part of a share link to this server. */
  linkHash(productId: string, role: SyncRole): Promise<string>;
  close(): Promise<void>;
}

export async function startE2eSyncServer(): Promise<E2eSyncServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cairn-sync-e2e-'));
  const server = await startSyncServer({ port: 0, host: '127.0.0.1', dataDir, secret: SECRET, quiet: true });
  const invite = (productId: string, role: SyncRole, secret = SECRET) =>
    signInvitation(secret, { products: [productId], role, days: 1 });
  return {
    ...server,
    invite,
    linkHash: async (productId, role) =>
      shareLinkHash({ serverUrl: server.url, productId, token: await invite(productId, role) }),
    close: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The product on screen, as the app keeps it in its preferences. */
export async function currentProductId(page: Page): Promise<string> {
  const id = await page.evaluate(
    () => JSON.parse(localStorage.getItem('cairn.preferences.v1') ?? '{}').currentProductId as string | undefined,
  );
  if (!id) throw new Error('no current product in the preferences');
  return id;
}

/** Opens a share link in `page` and joins; resolves once the header says synced ("Synced" or "Synced, view only"). */
export async function joinFromLink(page: Page, linkHash: string, synced = 'Synced'): Promise<void> {
  await page.goto(`/${linkHash}`);
  await page.getByRole('dialog', { name: 'Join a shared product?' }).getByRole('button', { name: 'Join' }).click();
  await page
    .getByRole('banner')
    .getByRole('status', { name: `Team sync: ${synced}` })
    .waitFor();
}
