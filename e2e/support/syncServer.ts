// A real team-sync server for a spec: a free port and a temporary data folder, removed after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { shareLinkHash, type SyncRole } from '../../src/domain/sync/shareLink';
import { startSyncServer, type RunningSyncServer } from '../../src/server/syncServer';
import { signInvitation } from '../../src/server/tokens';

const SECRET = new TextEncoder().encode('the e2e sync secret, long enough for HS256');

export interface E2eSyncServer {
  port: number;
  url: string;
  invite(productId: string, role: SyncRole, secret?: Uint8Array): Promise<string>;
  /** The `#sync=…` part of a share link to this server. */
  linkHash(productId: string, role: SyncRole): Promise<string>;
  /** Stops the server (it writes every document) and starts it again on the same port and data folder. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startE2eSyncServer(): Promise<E2eSyncServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cairn-sync-e2e-'));
  const start = (port: number) => startSyncServer({ port, host: '127.0.0.1', dataDir, secret: SECRET, quiet: true });
  let server: RunningSyncServer = await start(0);
  const invite = (productId: string, role: SyncRole, secret = SECRET) =>
    signInvitation(secret, { products: [productId], role, days: 1 });
  return {
    port: server.port,
    url: server.url,
    invite,
    linkHash: async (productId, role) =>
      shareLinkHash({ serverUrl: server.url, productId, token: await invite(productId, role) }),
    restart: async () => {
      await server.stop();
      server = await start(server.port);
    },
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
