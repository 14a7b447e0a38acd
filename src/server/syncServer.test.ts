import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  connectTestClient,
  startTestServer,
  whenAcknowledged,
  whenDoc,
  whenUpdateAnswered,
  type TestClient,
  type TestServer,
} from './testing/harness';

const PRODUCT = 'p-roadmap';
let server: TestServer | undefined;
const clients: TestClient[] = [];

function client(url: string, productId: string, token: string | null): TestClient {
  const created = connectTestClient(url, productId, token);
  clients.push(created);
  return created;
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server?.stop();
  server?.cleanUp();
  server = undefined;
});

const titleOf = (doc: Y.Doc) => (doc.getMap('requirements').get('r1') as Y.Map<string> | undefined)?.get('title');

function writeTitle(doc: Y.Doc, title: string): void {
  const requirement = new Y.Map<string>();
  requirement.set('title', title);
  doc.getMap('requirements').set('r1', requirement);
}

describe('sync server', () => {
  it('carries an editor’s edit to another client of the same product', async () => {
    server = await startTestServer();
    const token = await server.token([PRODUCT], 'editor');
    const alice = client(server.url, PRODUCT, token);
    const bob = client(server.url, PRODUCT, token);
    await Promise.all([alice.synced, bob.synced]);

    writeTitle(alice.doc, 'Export to PDF');
    await whenDoc(bob.doc, () => titleOf(bob.doc) === 'Export to PDF');
    expect(titleOf(bob.doc)).toBe('Export to PDF');
  });

  it('drops a viewer’s update: the other client and a fresh one never see it', async () => {
    server = await startTestServer();
    const editor = client(server.url, PRODUCT, await server.token([PRODUCT], 'editor'));
    const viewer = client(server.url, PRODUCT, await server.token([PRODUCT], 'viewer'));
    await Promise.all([editor.synced, viewer.synced]);

    const answered = whenUpdateAnswered(viewer.provider);
    writeTitle(viewer.doc, 'Written by a viewer');
    await answered;
    expect(viewer.provider.authorizedScope).toBe('readonly');
    expect(viewer.provider.hasUnsyncedChanges).toBe(true);
    editor.doc.getMap('product').set('name', 'Roadmap');
    await whenDoc(viewer.doc, () => viewer.doc.getMap('product').get('name') === 'Roadmap');

    const fresh = client(server.url, PRODUCT, await server.token([PRODUCT], 'editor'));
    await fresh.synced;
    expect(fresh.doc.getMap('product').get('name')).toBe('Roadmap');
    expect(titleOf(fresh.doc)).toBeUndefined();
    expect(titleOf(editor.doc)).toBeUndefined();
  });

  it.each([
    ['no token', null, 'missing-token'],
    [
      'a token signed with another key',
      'eyJhbGciOiJIUzI1NiJ9.eyJwcm9kdWN0cyI6WyJwLXJvYWRtYXAiXSwicm9sZSI6ImVkaXRvciJ9.c2lnbmF0dXJl',
      'invalid-token',
    ],
  ])('refuses %s and says why', async (_name, token, reason) => {
    server = await startTestServer();
    expect(await client(server.url, PRODUCT, token).refused).toBe(reason);
  });

  it('refuses an expired token and a product the token does not name', async () => {
    server = await startTestServer();
    const expired = await server.token([PRODUCT], 'editor', -1);
    expect(await client(server.url, PRODUCT, expired).refused).toBe('expired-token');
    const otherProduct = await server.token(['p-other'], 'editor');
    expect(await client(server.url, PRODUCT, otherProduct).refused).toBe('product-not-allowed');
  });

  it('gives a fresh client everything after a restart on the same data folder', async () => {
    server = await startTestServer();
    const token = await server.token([PRODUCT], 'editor');
    const writer = client(server.url, PRODUCT, token);
    await writer.synced;
    writeTitle(writer.doc, 'Survives a restart');
    writer.doc.getArray('events:2026-12').push([{ id: 'e1', type: 'requirement.created' }]);
    await whenAcknowledged(writer.provider);
    writer.destroy();

    await server.stop();
    server = await server.restart();
    const fresh = client(server.url, PRODUCT, token);
    await fresh.synced;
    expect(titleOf(fresh.doc)).toBe('Survives a restart');
    expect(fresh.doc.getArray('events:2026-12').toJSON()).toEqual([{ id: 'e1', type: 'requirement.created' }]);
  });
});
