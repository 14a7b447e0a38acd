import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import type { StoreApi } from 'zustand/vanilla';
import { NodeWebSocket, startTestServer, whenDoc, type TestServer } from '../server/testing/harness';
import { connectProduct, localDocName, type SyncConnection, type SyncStatus } from './connection';

const PRODUCT = 'p-sync';
let server: TestServer | undefined;
const connections: SyncConnection[] = [];

afterEach(async () => {
  await Promise.all(connections.splice(0).map((c) => c.forgetLocalCopy()));
  await server?.stop();
  server?.cleanUp();
  server = undefined;
});

function connect(serverUrl: string, token: string, attached: Y.Doc[] = []): SyncConnection {
  const connection = connectProduct(
    { serverUrl, token, productId: PRODUCT },
    { attach: (doc) => (attached.push(doc), { stop() {} }), WebSocketPolyfill: NodeWebSocket },
  );
  connections.push(connection);
  return connection;
}

function whenStatus(store: StoreApi<SyncStatus>, check: (status: SyncStatus) => boolean): Promise<SyncStatus> {
  return new Promise((resolve) => {
    if (check(store.getState())) return resolve(store.getState());
    const stop = store.subscribe((status) => {
      if (!check(status)) return;
      stop();
      resolve(status);
    });
  });
}

describe('connectProduct', () => {
  it('attaches the doc, syncs an edit to another device and says synced', async () => {
    server = await startTestServer();
    const token = await server.token([PRODUCT], 'editor');
    const attached: Y.Doc[] = [];
    const laptop = connect(server.url, token, attached);
    const desktop = connect(server.url, token);
    // A doc that has never synced: the mirror starts with the server's copy in it.
    await whenStatus(laptop.status, (s) => s.state === 'synced');
    expect(attached).toEqual([laptop.doc]);

    laptop.doc.getMap('product').set('name', 'Payments');
    expect(laptop.status.getState().state).toBe('syncing');
    await whenStatus(laptop.status, (s) => s.state === 'synced');
    await whenDoc(desktop.doc, () => desktop.doc.getMap('product').get('name') === 'Payments');
    expect(await whenStatus(desktop.status, (s) => s.state === 'synced')).toEqual({ state: 'synced', readOnly: false });
  });

  it('says refused with the server’s reason for a token of another product', async () => {
    server = await startTestServer();
    const connection = connect(server.url, await server.token(['p-other'], 'editor'));
    expect(await whenStatus(connection.status, (s) => s.state === 'refused')).toEqual({
      state: 'refused',
      reason: 'product-not-allowed',
    });
  });

  it('says synced and read-only for a viewer', async () => {
    server = await startTestServer();
    const viewer = connect(server.url, await server.token([PRODUCT], 'viewer'));
    expect(await whenStatus(viewer.status, (s) => s.state === 'synced')).toEqual({ state: 'synced', readOnly: true });
  });

  it('counts changes made offline and sends them when the server is back', async () => {
    server = await startTestServer();
    const token = await server.token([PRODUCT], 'editor');
    const laptop = connect(server.url, token);
    await whenStatus(laptop.status, (s) => s.state === 'synced');
    await server.stop();
    await whenStatus(laptop.status, (s) => s.state === 'offline');

    laptop.doc.getMap('product').set('name', 'Written offline');
    laptop.doc.getMap('product').set('owner', 'Li Lei');
    expect(laptop.status.getState()).toEqual({ state: 'offline', pending: 2 });

    server = await server.restart();
    await whenStatus(laptop.status, (s) => s.state === 'synced');
    const fresh = connect(server.url, token);
    await whenStatus(fresh.status, (s) => s.state === 'synced');
    expect(fresh.doc.getMap('product').toJSON()).toEqual({ name: 'Written offline', owner: 'Li Lei' });
  });

  it('keeps the doc on this device between sessions, until sync is left', async () => {
    server = await startTestServer();
    const token = await server.token([PRODUCT], 'editor');
    const first = connect(server.url, token);
    await whenStatus(first.status, (s) => s.state === 'synced');
    first.doc.getMap('product').set('name', 'Kept locally');
    await first.stop();
    const unreachable = 'ws://127.0.0.1:9';

    const attached: Y.Doc[] = [];
    const second = connect(unreachable, token, attached);
    // Attaching follows the local copy's load, which may come after the last status change: wait on the attach itself.
    await vi.waitFor(() => expect(attached).toHaveLength(1), { timeout: 10_000 });
    expect(second.doc.getMap('product').get('name')).toBe('Kept locally');
    await second.forgetLocalCopy();
    // Gone once Leave sync resolves, not some time after: joining again must not find the old copy.
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(localDocName(PRODUCT));

    // Nothing left on this device: the doc is empty and, never having synced, waits for the server before the mirror starts.
    const third = connect(unreachable, token, attached);
    await whenStatus(third.status, (s) => s.state === 'offline');
    expect(third.doc.getMap('product').get('name')).toBeUndefined();
    expect(attached).toHaveLength(1);
  });

  it('leaving sync in one tab deletes the local copy, and the tab still open keeps syncing', async () => {
    server = await startTestServer();
    const token = await server.token([PRODUCT], 'editor');
    const open = connect(server.url, token);
    const leaving = connect(server.url, token);
    await whenStatus(open.status, (s) => s.state === 'synced');
    await whenStatus(leaving.status, (s) => s.state === 'synced');

    await leaving.forgetLocalCopy();
    // Deleting the copy closed the other tab's database; its next change must still go out.
    expect(() => open.doc.getMap('product').set('name', 'After the other tab left')).not.toThrow();
    await whenStatus(open.status, (s) => s.state === 'synced');
    await open.stop();

    const fresh = connect(server.url, token);
    await whenStatus(fresh.status, (s) => s.state === 'synced');
    expect(fresh.doc.getMap('product').get('name')).toBe('After the other tab left');
  });
});
