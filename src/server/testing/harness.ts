// A real sync server on a free port with a temporary data folder, and Node clients for it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  MessageType,
  type onMessageParameters,
} from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { productDocumentName, type SyncRole } from '../../domain/sync/shareLink';
import { startSyncServer, type RunningSyncServer } from '../syncServer';
import { signInvitation } from '../tokens';

/**
 * `ws` as the WebSocket a browser has: closing a socket that is still connecting
 * makes ws emit 'error', which nobody listens for once the provider has let go of it.
 */
export class NodeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

export const TEST_SECRET = new TextEncoder().encode('a test secret that is long enough for HS256 keys');

export interface TestServer extends RunningSyncServer {
  dataDir: string;
  token(products: string[], role: SyncRole, days?: number): Promise<string>;
  /** Starts a new server on the same port and data folder (the old one must be stopped). */
  restart(): Promise<TestServer>;
  cleanUp(): void;
}

export async function startTestServer(
  dataDir = mkdtempSync(join(tmpdir(), 'cairn-sync-')),
  port = 0,
): Promise<TestServer> {
  const server = await startSyncServer({ port, host: '127.0.0.1', dataDir, secret: TEST_SECRET, quiet: true });
  return {
    ...server,
    dataDir,
    token: (products, role, days = 1) => signInvitation(TEST_SECRET, { products, role, days }),
    restart: () => startTestServer(dataDir, server.port),
    cleanUp: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** The reason the server gave, once it refused. */
  refused: Promise<string>;
  synced: Promise<void>;
  destroy(): void;
}

export function connectTestClient(url: string, productId: string, token: string | null): TestClient {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: NodeWebSocket });
  let onRefused: (reason: string) => void = () => {};
  let onSynced: () => void = () => {};
  const refused = new Promise<string>((resolve) => (onRefused = resolve));
  const synced = new Promise<void>((resolve) => (onSynced = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: productDocumentName(productId),
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => onRefused(reason),
    onSynced: ({ state }) => state && onSynced(),
  });
  provider.attach();
  return {
    doc,
    provider,
    refused,
    synced,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Resolves once `check` holds, re-checked on each change of `doc`; the test's timeout bounds it. */
export function whenDoc(doc: Y.Doc, check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (check()) return resolve();
    const listener = () => {
      if (!check()) return;
      doc.off('update', listener);
      resolve();
    };
    doc.on('update', listener);
  });
}

/** Resolves once the server has acknowledged every update this client sent. */
export function whenAcknowledged(provider: HocuspocusProvider): Promise<void> {
  return new Promise((resolve) => {
    if (!provider.hasUnsyncedChanges) return resolve();
    const listener = () => {
      if (provider.hasUnsyncedChanges) return;
      provider.off('unsyncedChanges', listener);
      resolve();
    };
    provider.on('unsyncedChanges', listener);
  });
}

/**
 * Resolves when the server answers this client's next update (applied or, for a
 * viewer, dropped): it reads one socket in order, so by then it has handled it.
 */
export function whenUpdateAnswered(provider: HocuspocusProvider): Promise<void> {
  return new Promise((resolve) => {
    const listener = ({ message }: onMessageParameters) => {
      message.readVarString();
      if (message.readVarUint() !== MessageType.SyncStatus) return;
      provider.off('message', listener);
      resolve();
    };
    provider.on('message', listener);
  });
}
